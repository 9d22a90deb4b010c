/**
 * Staff accounts: users with one role each, password sign-in with a lock after repeated wrong passwords, the first
 * administrator, and the pages where an administrator manages users. Public: {@link org.nextsteps.account.Role},
 * {@link org.nextsteps.account.Accounts}, {@link org.nextsteps.account.StaffPrincipal}.
 */
package org.nextsteps.account;
