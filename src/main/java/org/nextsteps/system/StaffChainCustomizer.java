package org.nextsteps.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets another module add to the staff filter chain only (never to the patient chain):
 * the account module checks every staff request's session against the database there.
 */
@FunctionalInterface
public interface StaffChainCustomizer {

	void customize(HttpSecurity staff) throws Exception;

}
