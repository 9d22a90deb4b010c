package org.nextsteps.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.nextsteps.ModuleTest;
import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.system.EditConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The account module on its own, with the audit log mocked: the first administrator is
 * made at the first start with the configured password, hashed; every change of an
 * account goes to the audit log, never with a password; and a save over an older version
 * is refused and not recorded.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
class AccountModuleTests implements ModuleTest {

	@MockitoBean
	AuditLog audit;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theFirstAdministratorHasTheConfiguredPasswordHashed() {
		assertThat(accounts.find("admin")).hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
		String hash = users.findByUsername("admin").orElseThrow().passwordHash();
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(encoder.matches("test-admin-password-1", hash)).isTrue();
	}

	@Test
	void aNewAccountIsRecordedWithoutItsPassword() {
		String password = "a-module-test-password";
		accounts.create("module-test", "Module Test", Role.EDITOR, password, "tester");
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<FieldChange>> changes = ArgumentCaptor.forClass(List.class);
		verify(audit).record(eq("tester"), eq("user.create"), eq("user"), eq("module-test"), changes.capture());
		assertThat(changes.getValue()).contains(new FieldChange("role", null, "editor"),
				new FieldChange("password", null, null));
		assertThat(changes.getValue().toString()).doesNotContain(password);
	}

	@Test
	void aSaveOverAnOlderVersionIsRefusedAndNotRecorded() {
		StaffAccount opened = accounts.create("stale-save", "Stale Save", Role.EDITOR, "a-module-test-password",
				"tester");
		accounts.update(opened.username(), "Saved First", Role.EDITOR, true, opened.version(), "first");
		assertThatExceptionOfType(EditConflictException.class).isThrownBy(() -> accounts.update(opened.username(),
				"Saved Second", Role.PUBLISHER, true, opened.version(), "second"));
		assertThat(accounts.find(opened.username())).hasValueSatisfying(account -> {
			assertThat(account.displayName()).isEqualTo("Saved First");
			assertThat(account.role()).isEqualTo(Role.EDITOR);
		});
		verify(audit, times(1)).record(anyString(), eq("user.update"), eq("user"), eq(opened.username()), anyList());
		verify(audit, times(0)).record(eq("second"), any(), any(), any(), any());
	}

}
