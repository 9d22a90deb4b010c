package org.nextsteps.account;

/** The forms of the user pages: plain data bound from requests, never the entity. */
final class UserForms {

	private UserForms() {
	}

	static class NewUser {

		private String username = "";

		private String displayName = "";

		private String role = Role.EDITOR.code();

		private String password = "";

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
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

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	static class EditUser {

		private String displayName = "";

		private String role = "";

		private boolean enabled;

		private int version;

		static EditUser of(StaffAccount account) {
			EditUser form = new EditUser();
			form.displayName = account.displayName();
			form.role = account.role().code();
			form.enabled = account.enabled();
			form.version = account.version();
			return form;
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
