package org.nextsteps;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passkey for tests that sign in over HTTP, without a browser: an ES256 key pair, and
 * the WebAuthn messages an authenticator would send (attestation "none" at registration,
 * a signed assertion at sign-in), for the relying party {@code localhost} as seen from
 * {@link #ORIGIN}. Test code only.
 */
public final class TestPasskey {

	/** The origin the app accepts by default ({@code nextsteps.webauthn.*}). */
	public static final String ORIGIN = "http://localhost:8080";

	public static final String RP_ID = "localhost";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KeyPair keys;

	private final byte[] credentialId = new byte[32];

	private String userHandle;

	public TestPasskey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.keys = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		RANDOM.nextBytes(credentialId);
	}

	public String credentialId() {
		return base64url(credentialId);
	}

	/**
	 * The body of {@code POST /webauthn/register} answering these creation options (the
	 * JSON of {@code POST /webauthn/register/options}).
	 */
	public String registration(String creationOptions, String label) {
		JsonNode options = JSON.readTree(creationOptions);
		userHandle = options.get("user").get("id").asString();
		String clientData = clientData("webauthn.create", options.get("challenge").asString());
		ByteArrayOutputStream authData = new ByteArrayOutputStream();
		authData.writeBytes(sha256(RP_ID.getBytes(StandardCharsets.UTF_8)));
		authData.write(0x45); // user present, user verified, attested credential data
		authData.writeBytes(new byte[4]); // signature count 0: this authenticator keeps
											// none
		authData.writeBytes(new byte[16]); // AAGUID
		authData.write(credentialId.length >> 8);
		authData.write(credentialId.length & 0xff);
		authData.writeBytes(credentialId);
		authData.writeBytes(coseKey());
		Cbor attestation = new Cbor().map(3)
			.text("fmt")
			.text("none")
			.text("attStmt")
			.map(0)
			.text("authData")
			.bytes(authData.toByteArray());
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("attestationObject", base64url(attestation.toBytes()));
		response.put("clientDataJSON", base64url(clientData.getBytes(StandardCharsets.UTF_8)));
		response.put("transports", List.of("internal"));
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("id", credentialId());
		credential.put("rawId", credentialId());
		credential.put("response", response);
		credential.put("type", "public-key");
		credential.put("clientExtensionResults", Map.of());
		credential.put("authenticatorAttachment", "platform");
		return JSON.writeValueAsString(Map.of("publicKey", Map.of("credential", credential, "label", label)));
	}

	/**
	 * The body of {@code POST /login/webauthn} answering these request options (the JSON
	 * of {@code POST /webauthn/authenticate/options}).
	 */
	public String assertion(String requestOptions) {
		JsonNode options = JSON.readTree(requestOptions);
		byte[] clientData = clientData("webauthn.get", options.get("challenge").asString())
			.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream authData = new ByteArrayOutputStream();
		authData.writeBytes(sha256(RP_ID.getBytes(StandardCharsets.UTF_8)));
		authData.write(0x05); // user present, user verified
		authData.writeBytes(new byte[4]);
		byte[] signature;
		try {
			Signature signer = Signature.getInstance("SHA256withECDSA");
			signer.initSign(keys.getPrivate());
			signer.update(authData.toByteArray());
			signer.update(sha256(clientData));
			signature = signer.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("authenticatorData", base64url(authData.toByteArray()));
		response.put("clientDataJSON", base64url(clientData));
		response.put("signature", base64url(signature));
		response.put("userHandle", userHandle);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", credentialId());
		body.put("rawId", credentialId());
		body.put("response", response);
		body.put("type", "public-key");
		body.put("clientExtensionResults", Map.of());
		body.put("authenticatorAttachment", "platform");
		return JSON.writeValueAsString(body);
	}

	private static String clientData(String type, String challenge) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("type", type);
		data.put("challenge", challenge);
		data.put("origin", ORIGIN);
		data.put("crossOrigin", false);
		return JSON.writeValueAsString(data);
	}

	/** The public key as COSE: EC2, ES256, P-256, x and y. */
	private byte[] coseKey() {
		ECPublicKey key = (ECPublicKey) keys.getPublic();
		return new Cbor().map(5)
			.integer(1)
			.integer(2)
			.integer(3)
			.integer(-7)
			.integer(-1)
			.integer(1)
			.integer(-2)
			.bytes(unsigned32(key.getW().getAffineX()))
			.integer(-3)
			.bytes(unsigned32(key.getW().getAffineY()))
			.toBytes();
	}

	private static byte[] unsigned32(BigInteger value) {
		byte[] raw = value.toByteArray();
		byte[] out = new byte[32];
		int length = Math.min(raw.length, 32);
		System.arraycopy(raw, raw.length - length, out, 32 - length, length);
		return out;
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String base64url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Just enough CBOR (RFC 8949) for an attestation object and a COSE key. */
	static final class Cbor {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Cbor map(int entries) {
			return head(5, entries);
		}

		Cbor text(String text) {
			byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
			head(3, utf8.length);
			out.writeBytes(utf8);
			return this;
		}

		Cbor bytes(byte[] bytes) {
			head(2, bytes.length);
			out.writeBytes(bytes);
			return this;
		}

		Cbor integer(int value) {
			return value >= 0 ? head(0, value) : head(1, -1 - value);
		}

		private Cbor head(int major, int value) {
			if (value < 24) {
				out.write(major << 5 | value);
			}
			else if (value < 256) {
				out.write(major << 5 | 24);
				out.write(value);
			}
			else if (value < 65536) {
				out.write(major << 5 | 25);
				out.writeBytes(ByteBuffer.allocate(2).putShort((short) value).array());
			}
			else {
				out.write(major << 5 | 26);
				out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
			}
			return this;
		}

		byte[] toBytes() {
			return out.toByteArray();
		}

	}

}
