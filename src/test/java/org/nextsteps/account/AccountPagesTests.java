package org.nextsteps.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.WebSliceTest;
import org.nextsteps.system.EditConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account module's pages at the web layer, its services mocked: what the sign-in page
 * says after each kind of failure, who may open the user pages, and how a refused or
 * conflicting change is shown. End to end (the real sign-in, limits and sessions):
 * LoginTests, SignInLimitsTests, StaffSessionTests.
 */
@WebSliceTest({ LoginController.class, PasswordController.class, UsersController.class })
@Import({ AccountConfiguration.class, StaffSessions.class })
class AccountPagesTests {

	static final StaffPrincipal ADMIN = new StaffPrincipal("ann", "Ann Admin", Role.ADMIN, true, Instant.EPOCH, null);

	static final StaffPrincipal EDITOR = new StaffPrincipal("ed", "Ed Editor", Role.EDITOR, true, Instant.EPOCH, null);

	static final StaffAccount SAM = new StaffAccount("sam", "Sam Writer", Role.EDITOR, true, 3, Instant.EPOCH, "ann",
			Instant.EPOCH);

	@MockitoBean
	Accounts accounts;

	/** What every staff request checks its session against. */
	@MockitoBean
	StaffUserRepository users;

	/** The passkeys (the passkey step of the sign-in page asks whether there are any). */
	@MockitoBean
	Passkeys passkeys;

	/** Under the passkey repositories, never reached in these tests. */
	@MockitoBean
	JdbcOperations jdbc;

	@Autowired
	MockMvc mvc;

	/** Signed in as {@code staff} with both factors, password and passkey. */
	static RequestPostProcessor user(StaffPrincipal staff) {
		List<GrantedAuthority> authorities = new ArrayList<>(staff.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, authorities));
	}

	@BeforeEach
	void sessionsStandAsTheySignedIn() {
		for (StaffPrincipal staff : List.of(ADMIN, EDITOR)) {
			when(users.standingOf(staff.getUsername()))
				.thenReturn(Optional.of(new AccountStanding(true, staff.role(), Instant.EPOCH)));
		}
		when(accounts.find(SAM.username())).thenReturn(Optional.of(SAM));
		when(accounts.all()).thenReturn(List.of(SAM));
	}

	@Test
	void theSignInPageSaysWhyTheLastTryFailedOnce() throws Exception {
		MockHttpSession session = failed(
				new SignInWaitException(SignInThrottle.Reason.ACCOUNT, Instant.now().plusSeconds(90)));
		mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please wait before you try again"),
					containsString("too many wrong passwords for this username. You can try again in 2 minutes."))));
		assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).as("said once").isNull();

		mvc.perform(get("/login").param("error", "")
			.session(failed(new SignInWaitException(SignInThrottle.Reason.SITE, Instant.now().plusSeconds(20)))))
			.andExpect(content().string(containsString("Too many people are trying to sign in right now")));
		mvc.perform(get("/login").param("error", "").session(failed(new BadCredentialsException("wrong"))))
			.andExpect(content().string(allOf(containsString("The username or password is not right"),
					not(containsString("Please wait")))));
		mvc.perform(get("/login").param("error", "")
			.session(failed(new InternalAuthenticationServiceException("no database"))))
			.andExpect(content()
				.string(allOf(containsString("Sign-in is not working just now"), not(containsString("no database")))));
		mvc.perform(get("/login").param("ended", ""))
			.andExpect(content()
				.string(allOf(containsString("Your session has ended"), containsString("Sign in again to go on"))));
		mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("You have signed out.")));
	}

	@Test
	void theUserPagesAreForAdministratorsOnly() throws Exception {
		mvc.perform(get("/editor/users")).andExpect(status().isFound());
		mvc.perform(get("/editor/users").with(user(EDITOR))).andExpect(status().isForbidden());
		mvc.perform(get("/editor/users/sam").with(user(EDITOR))).andExpect(status().isForbidden());
		mvc.perform(get("/editor/users").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sam Writer"), containsString("Add a user"))));
		mvc.perform(get("/editor/users/nobody").with(user(ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(newUser("sam", "editor").with(user(ADMIN))).andExpect(status().isForbidden());
		mvc.perform(post("/editor/password").with(user(EDITOR)).param("password", "x"))
			.andExpect(status().isForbidden());
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), anyString());
	}

	@Test
	void aNewUserIsAddedOrShownAgainWithWhyNot() throws Exception {
		mvc.perform(newUser("sam", "wizard").with(user(ADMIN)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a role.")));
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), anyString());

		when(accounts.create("Bad Name!", "Sam Writer", Role.EDITOR, "a-long-first-password", "ann"))
			.thenThrow(new AccountException("username", "account.error.username"));
		mvc.perform(newUser("Bad Name!", "editor").with(user(ADMIN)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Use 2 to 60 lower-case letters")));

		when(accounts.create("sam", "Sam Writer", Role.EDITOR, "a-long-first-password", "ann")).thenReturn(SAM);
		mvc.perform(newUser("sam", "editor").with(user(ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/editor/users"))
			.andExpect(flash().attribute("flash", "account.flash.created"));
	}

	@Test
	void aUserSavedByTwoAdministratorsAtOnceGetsTheConflictPage() throws Exception {
		when(accounts.update(anyString(), anyString(), any(), anyBoolean(), anyInt(), anyString()))
			.thenThrow(new EditConflictException("user sam"));
		mvc.perform(post("/editor/users/sam").param("displayName", "Sam Writer")
			.param("role", "publisher")
			.param("enabled", "true")
			.param("version", "2")
			.with(user(ADMIN))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this user while you were editing.")));
		// a field path no form has
		mvc.perform(post("/editor/users/sam").param("version[0]", "1").with(user(ADMIN)).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNewOwnPasswordIsSavedOrShownAgainWithWhyNot() throws Exception {
		mvc.perform(ownPassword("a-new-long-password", "another-new-password"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The two new passwords are not the same.")));

		doThrow(new AccountException("currentPassword", "account.error.current-password")).when(accounts)
			.changeOwnPassword("ed", "wrong", "a-new-long-password");
		mvc.perform(ownPassword("a-new-long-password", "a-new-long-password"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Your current password is not right.")));

		doThrow(new EditConflictException("user ed")).when(accounts)
			.changeOwnPassword("ed", "wrong", "a-new-long-password");
		mvc.perform(ownPassword("a-new-long-password", "a-new-long-password"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Your account was changed at the same moment")));

		doReturn(new StaffAccount("ed", "Ed Editor", Role.EDITOR, true, 2, Instant.now(), "ed", Instant.now()))
			.when(accounts)
			.changeOwnPassword("ed", "wrong", "a-new-long-password");
		mvc.perform(ownPassword("a-new-long-password", "a-new-long-password"))
			.andExpect(redirectedUrl("/editor"))
			.andExpect(flash().attribute("flash", "account.flash.own-password"));
	}

	@Test
	void aSwitchedOffAccountsSessionEndsAtItsNextRequest() throws Exception {
		when(users.standingOf("ed")).thenReturn(Optional.of(new AccountStanding(false, Role.EDITOR, Instant.EPOCH)));
		mvc.perform(get("/editor/password").with(user(EDITOR)))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login?ended")));
		mvc.perform(get("/editor/password").with(user(EDITOR)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(content().string(allOf(containsString("\"status\":401"),
					containsString("Your session has ended"), not(containsString("Exception")))));
	}

	private static MockHttpSession failed(AuthenticationException failure) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
		return session;
	}

	private static MockHttpServletRequestBuilder newUser(String username, String role) {
		return post("/editor/users").param("username", username)
			.param("displayName", "Sam Writer")
			.param("role", role)
			.param("password", "a-long-first-password");
	}

	private static MockHttpServletRequestBuilder ownPassword(String password, String confirm) {
		return post("/editor/password").param("currentPassword", "wrong")
			.param("password", password)
			.param("confirm", confirm)
			.with(user(EDITOR))
			.with(csrf());
	}

}
