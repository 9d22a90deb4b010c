/**
 * Staff accounts: users with one role each, password rules with the bundled list of
 * common passwords, sign-in with growing waits after wrong passwords (counted in the
 * database, so across instances), the check of every staff request's session against the
 * account, the first administrator, and the pages where an administrator manages users.
 * Public: {@link org.nextsteps.account.Role}, {@link org.nextsteps.account.Accounts},
 * {@link org.nextsteps.account.StaffPrincipal},
 * {@link org.nextsteps.account.StaffAccount},
 * {@link org.nextsteps.account.PasswordPolicy}.
 */
package org.nextsteps.account;
