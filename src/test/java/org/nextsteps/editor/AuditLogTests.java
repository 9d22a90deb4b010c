package org.nextsteps.editor;

import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.audit.AuditEntry;
import org.nextsteps.audit.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators read who changed what and when; user changes are recorded too, never
 * with a password.
 */
class AuditLogTests extends EditorTestSupport {

	@Test
	void userManagementIsRecordedFieldByFieldAndShownToAdministrators() {
		StaffSession admin = signIn(Role.ADMIN);
		String username = "audit-" + System.nanoTime() % 100000;
		assertThat(admin
			.post("/editor/users", "username", username, "displayName", "Sam Writer", "role", "editor", "password",
					"a-long-first-password")
			.statusCode()).isEqualTo(302);
		int version = accounts.find(username).orElseThrow().version();
		assertThat(admin
			.post("/editor/users/" + username, "displayName", "Sam Writer", "role", "publisher", "_enabled", "on",
					"enabled", "true", "version", String.valueOf(version))
			.statusCode()).isEqualTo(302);
		assertThat(
				admin.post("/editor/users/" + username + "/password", "password", "another-long-password").statusCode())
			.isEqualTo(302);

		var entries = audit.about("user", username, 10);
		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly("user.password", "user.update", "user.create");
		assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo(admin.username()));
		assertThat(entries.get(1).changes()).containsExactly(new FieldChange("role", "editor", "publisher"));
		assertThat(entries.toString()).doesNotContain("another-long-password").doesNotContain("a-long-first-password");

		String page = admin.get("/editor/audit").body();
		assertThat(page).contains("Changed a user")
			.contains("Added a user")
			.contains(username)
			.contains(admin.username());
	}

	@Test
	void refusedUserChangesSayWhy() {
		StaffSession admin = signIn(Role.ADMIN);
		var weak = admin.post("/editor/users", "username", "Bad Name!", "displayName", "", "role", "editor", "password",
				"short");
		assertThat(weak.statusCode()).isEqualTo(400);
		// every field's problem at once
		assertThat(weak.body()).contains("Use 2 to 60 lower-case letters")
			.contains("Give a name of 1 to 100 characters.");
		var role = admin.post("/editor/users", "username", "new-person", "displayName", "New Person", "role", "root",
				"password", "a-long-first-password");
		assertThat(role.statusCode()).isEqualTo(400);
		assertThat(role.body()).contains("Choose a role.");
		assertThat(accounts.find("new-person")).isEmpty();
		var own = admin.post("/editor/password", "currentPassword", "wrong", "password", "a-new-long-password",
				"confirm", "a-new-long-password");
		assertThat(own.statusCode()).isEqualTo(400);
		assertThat(own.body()).contains("Your current password is not right.");
		var mistyped = admin.post("/editor/password", "currentPassword", "wrong", "password", "a-new-long-password",
				"confirm", "a-new-long-pasword");
		assertThat(mistyped.statusCode()).isEqualTo(400);
		assertThat(mistyped.body()).contains("The two new passwords are not the same.");
		assertThat(admin.post("/editor/users/" + admin.username(), "version[0]", "1").statusCode())
			.as("a field path no form has")
			.isEqualTo(400);
	}

}
