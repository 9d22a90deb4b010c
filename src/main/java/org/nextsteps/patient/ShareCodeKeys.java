package org.nextsteps.patient;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that sign and check share codes (HMAC-SHA-256), and the newest release that
 * unsigned codes of the versions before signing may still name. Made once at start-up
 * ({@link ShareCodeKeyStore}); immutable.
 */
final class ShareCodeKeys {

	/**
	 * How much of the HMAC a code carries: 64 bits, beyond guessing by any number of
	 * requests.
	 */
	static final int TAG_BYTES = 8;

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec signing;

	private final List<SecretKeySpec> accepted;

	private final long unsignedUpTo;

	/**
	 * @param signing the key new codes are signed with
	 * @param accepted every key whose codes are accepted (the signing key among them)
	 * @param unsignedUpTo the newest release for which codes without a signature are
	 * accepted
	 */
	ShareCodeKeys(byte[] signing, List<byte[]> accepted, long unsignedUpTo) {
		this.signing = new SecretKeySpec(signing, ALGORITHM);
		this.accepted = accepted.stream().map(key -> new SecretKeySpec(key, ALGORITHM)).toList();
		this.unsignedUpTo = unsignedUpTo;
	}

	byte[] tag(byte[] payload) {
		return tag(signing, payload);
	}

	/**
	 * Whether {@code tag} was made from {@code payload} with one of the accepted keys
	 * (compared in constant time).
	 */
	boolean verify(byte[] payload, byte[] tag) {
		boolean valid = false;
		for (SecretKeySpec key : accepted) {
			valid |= MessageDigest.isEqual(tag(key, payload), tag);
		}
		return valid;
	}

	/**
	 * Whether an unsigned code (version 1 or 2) may name this release: only releases from
	 * before signing began.
	 */
	boolean acceptsUnsigned(long releaseId) {
		return releaseId <= unsignedUpTo;
	}

	/**
	 * One Mac per thread, initialised again for each key (cheap), rather than a provider
	 * lookup per code: every result page checks one.
	 */
	private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
		try {
			return Mac.getInstance(ALGORITHM);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private static byte[] tag(SecretKeySpec key, byte[] payload) {
		try {
			Mac mac = MAC.get();
			mac.init(key);
			return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
