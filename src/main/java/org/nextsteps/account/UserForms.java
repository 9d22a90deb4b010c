package org.nextsteps.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.nextsteps.system.CodeOf;
import org.springframework.ui.Model;

/**
 * The forms of the user pages: plain data bound from requests, never the entity, checked
 * with Bean Validation before {@link Accounts} checks them again (with what it alone
 * knows: taken usernames, the password rules, the last administrator).
 */
final class UserForms {

	private UserForms() {
	}

	/**
	 * What an administrator sets for every staff member, new or not: the name shown and
	 * the role.
	 */
	abstract static class StaffDetails {

		@NotBlank(message = "{account.error.display-name}")
		@Size(max = Accounts.MAX_DISPLAY_NAME, message = "{account.error.display-name}")
		private String displayName = "";

		@CodeOf(value = Role.class, message = "{account.error.role}")
		private String role;

		StaffDetails(String role) {
			this.role = role;
		}

		/** The role chosen, once the form is valid. */
		Role chosenRole() {
			return Role.byCode(role).orElseThrow();
		}

		public String getDisplayName() {
			return displayName;
		}

		/** As {@link Accounts} keeps it: without spaces around it. */
		public void setDisplayName(String displayName) {
			this.displayName = displayName == null ? "" : displayName.strip();
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

	static class NewUser extends StaffDetails {

		@AllowedUsername
		private String username = "";

		private String password = "";

		NewUser() {
			super(Role.EDITOR.code());
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	static class EditUser extends StaffDetails {

		private boolean enabled;

		private int version;

		EditUser() {
			super("");
		}

		static EditUser of(StaffAccount account) {
			EditUser form = new EditUser();
			form.setDisplayName(account.displayName());
			form.setRole(account.role().code());
			form.enabled = account.enabled();
			form.version = account.version();
			return form;
		}

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** A new password, typed twice when it is one's own. */
	@ConfirmedPassword
	static class NewPassword {

		private String currentPassword = "";

		private String password = "";

		private String confirm = "";

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getConfirm() {
			return confirm;
		}

		public void setConfirm(String confirm) {
			this.confirm = confirm;
		}

	}

	/** The password hint of every form that sets one. */
	static void passwordRules(Model model) {
		model.addAttribute("minPassword", PasswordPolicy.MIN_CHARACTERS);
		model.addAttribute("maxPasswordBytes", PasswordPolicy.MAX_BYTES);
	}

}
