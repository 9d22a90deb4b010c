package org.nextsteps.account;

import java.util.Optional;

import org.springframework.validation.Errors;

/** The forms of the user pages: plain data bound from requests, never the entity. */
final class UserForms {

	private UserForms() {
	}

	/**
	 * What an administrator sets for every staff member, new or not: the name shown and
	 * the role.
	 */
	abstract static class StaffDetails {

		private String displayName = "";

		private String role;

		StaffDetails(String role) {
			this.role = role;
		}

		/** The role chosen; an unknown code is refused on the role field. */
		Optional<Role> chosenRole(Errors errors) {
			Optional<Role> chosen = Role.byCode(role);
			if (chosen.isEmpty()) {
				errors.rejectValue("role", "account.error.role");
			}
			return chosen;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

	static class NewUser extends StaffDetails {

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

}
