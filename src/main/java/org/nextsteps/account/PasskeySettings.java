package org.nextsteps.account;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where passkeys belong ({@code nextsteps.webauthn.*}). {@code rpId} is the host name the
 * passkeys are made for (the site's domain or a parent of it; never an IP address, which
 * browsers refuse), {@code allowedOrigins} every address staff sign in at, with scheme
 * and port exactly as the browser shows it ({@code https://cms.example.org}). A passkey
 * works only under the {@code rpId} it was made for.
 */
@ConfigurationProperties("nextsteps.webauthn")
record PasskeySettings(@DefaultValue("localhost") String rpId, @DefaultValue("Next Steps") String rpName,
		@DefaultValue("http://localhost:8080") Set<String> allowedOrigins) {

}
