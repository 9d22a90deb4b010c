package org.nextsteps.patient;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the share-code secret comes from. Given by configuration
 * ({@code nextsteps.share-code.secret}, env {@code NEXTSTEPS_SHARE_CODE_SECRET}), it
 * signs new codes; otherwise the first instance to start makes a random one and keeps it
 * in the database (table {@code share_code_key}), where every other instance finds it.
 * Codes signed with the stored secret keep opening after a configured one is set later.
 * The same row holds the newest release at the moment signing began (written by migration
 * V8): unsigned codes older than that still open.
 */
@Configuration(proxyBeanMethods = false)
class ShareCodeKeyStore {

	/** At least 256 bits from a generator, or 32 characters a person chose. */
	static final int MIN_SECRET_LENGTH = 32;

	private static final Logger log = LoggerFactory.getLogger(ShareCodeKeyStore.class);

	private static final int GENERATED_BYTES = 32;

	@Bean
	ShareCodeKeys shareCodeKeys(JdbcClient jdbc, @Value("${nextsteps.share-code.secret:}") String configured) {
		return load(jdbc, configured);
	}

	static ShareCodeKeys load(JdbcClient jdbc, String configured) {
		if (!configured.isEmpty() && configured.length() < MIN_SECRET_LENGTH) {
			throw new IllegalStateException("nextsteps.share-code.secret (NEXTSTEPS_SHARE_CODE_SECRET) is too short: "
					+ "give at least " + MIN_SECRET_LENGTH + " characters, e.g. from 'openssl rand -base64 32', "
					+ "or leave it unset to keep a generated one in the database");
		}
		Row row = row(jdbc)
			.orElseThrow(() -> new IllegalStateException("The share_code_key row that migration V8 writes is missing"));
		if (configured.isEmpty() && row.secret() == null) {
			String secret = Base64.getEncoder().encodeToString(randomBytes());
			// Only where none is stored yet: of instances starting together, one secret
			// wins and all use it.
			int stored = jdbc
				.sql("update share_code_key set secret = ?, created_at = current_timestamp "
						+ "where id = 1 and secret is null")
				.param(secret)
				.update();
			if (stored == 1) {
				log.info("Made the secret that signs share codes and kept it in the database");
			}
			row = row(jdbc).orElseThrow();
		}
		List<byte[]> accepted = new ArrayList<>();
		byte[] signing;
		if (!configured.isEmpty()) {
			signing = configured.getBytes(StandardCharsets.UTF_8);
			accepted.add(signing);
		}
		else {
			signing = Base64.getDecoder().decode(row.secret());
		}
		if (row.secret() != null) {
			accepted.add(Base64.getDecoder().decode(row.secret()));
		}
		return new ShareCodeKeys(signing, accepted, row.unsignedUpTo());
	}

	private static Optional<Row> row(JdbcClient jdbc) {
		return jdbc.sql("select secret, unsigned_up_to from share_code_key where id = 1")
			.query((rs, n) -> new Row(rs.getString("secret"), rs.getLong("unsigned_up_to")))
			.optional();
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[GENERATED_BYTES];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	private record Row(String secret, long unsignedUpTo) {
	}

}
