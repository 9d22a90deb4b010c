/*
 * Passkeys, the second factor of staff sign-in: the browser's WebAuthn API talking to Spring Security's endpoints
 * (same origin, JSON, the CSRF token in a header; binary values travel as base64url).
 * - #passkey-register: POST /webauthn/register/options, navigator.credentials.create, POST /webauthn/register,
 *   then on to the page named in data-next.
 * - #passkey-step: POST /webauthn/authenticate/options, navigator.credentials.get, POST /login/webauthn, then on to
 *   the page the server names (the editor page first asked for, else data-default).
 * A failure is shown in #passkey-error (role=alert) with the page's own words, and the button can be used again.
 */
(function () {
  'use strict';

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) {
      base64 += '=';
    }
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function post(root, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[root.getAttribute('data-csrf-header')] = root.getAttribute('data-csrf');
    return fetch(url, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function showError(root, button) {
    var box = document.getElementById('passkey-error');
    document.getElementById('passkey-error-text').textContent = root.getAttribute('data-failed');
    box.hidden = false;
    box.focus();
    button.disabled = false;
  }

  function withIds(list) {
    return (list || []).map(function (credential) {
      return Object.assign({}, credential, { id: toBytes(credential.id) });
    });
  }

  function register(root, button) {
    var label = document.getElementById('passkey-label').value.trim();
    if (!label) {
      document.getElementById('passkey-label').focus();
      return;
    }
    button.disabled = true;
    post(root, '/webauthn/register/options').then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: toBytes(options.challenge),
        user: Object.assign({}, options.user, { id: toBytes(options.user.id) }),
        excludeCredentials: withIds(options.excludeCredentials)
      });
      return navigator.credentials.create({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post(root, '/webauthn/register', {
        publicKey: {
          credential: {
            id: credential.id,
            rawId: toBase64url(credential.rawId),
            response: {
              attestationObject: toBase64url(response.attestationObject),
              clientDataJSON: toBase64url(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          },
          label: label
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('not saved');
      }
      window.location.assign(root.getAttribute('data-next'));
    }).catch(function () {
      showError(root, button);
    });
  }

  function signIn(root, button) {
    button.disabled = true;
    post(root, '/webauthn/authenticate/options').then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: toBytes(options.challenge),
        allowCredentials: withIds(options.allowCredentials)
      });
      return navigator.credentials.get({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post(root, '/login/webauthn', {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          authenticatorData: toBase64url(response.authenticatorData),
          clientDataJSON: toBase64url(response.clientDataJSON),
          signature: toBase64url(response.signature),
          userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated || !result.redirectUrl) {
        throw new Error('not signed in');
      }
      // without a page asked for first, the server names the site's root: staff go on to the editor
      var target = new URL(result.redirectUrl, window.location.href);
      window.location.assign(target.pathname === '/' ? root.getAttribute('data-default') : target.href);
    }).catch(function () {
      showError(root, button);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var registration = document.getElementById('passkey-register');
    var registerButton = document.getElementById('passkey-register-button');
    if (registration && registerButton) {
      registerButton.addEventListener('click', function () {
        register(registration, registerButton);
      });
    }
    var step = document.getElementById('passkey-step');
    var signInButton = document.getElementById('passkey-sign-in');
    if (step && signInButton) {
      signInButton.addEventListener('click', function () {
        signIn(step, signInButton);
      });
    }
  });
}());
