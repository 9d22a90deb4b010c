package org.nextsteps.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets another module add to the staff filter chain (patient requests never pass there):
 * the account module checks every staff request's session against the database there.
 */
@FunctionalInterface
public interface StaffChainCustomizer {

	void customize(HttpSecurity staff) throws Exception;

}
