package org.nextsteps.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * The passkeys of staff accounts, as Spring Security keeps them (tables
 * {@code user_entities} and {@code user_credentials}, migration V9): a WebAuthn user
 * entity per account that has registered one, named by the username, and its credentials.
 */
@Component
class Passkeys {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials) {
		this.userEntities = userEntities;
		this.credentials = credentials;
	}

	/** What the passkey page shows of one passkey. */
	record Passkey(String label, Instant created, Instant lastUsed) {

	}

	/** The account's passkeys, oldest first. */
	List<Passkey> of(String username) {
		return records(username).stream()
			.map(record -> new Passkey(record.getLabel(), record.getCreated(), record.getLastUsed()))
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	boolean any(String username) {
		return !records(username).isEmpty();
	}

	/**
	 * Removes every passkey of the account and its user handle (the next passkey gets a
	 * new one); returns how many passkeys there were.
	 */
	int removeAll(String username) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
		if (entity == null) {
			return 0;
		}
		List<CredentialRecord> all = credentials.findByUserId(entity.getId());
		all.forEach(record -> credentials.delete(record.getCredentialId()));
		userEntities.delete(entity.getId());
		return all.size();
	}

	private List<CredentialRecord> records(String username) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
		return entity == null ? List.of() : credentials.findByUserId(entity.getId());
	}

}
