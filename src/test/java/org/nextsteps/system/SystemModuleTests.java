package org.nextsteps.system;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system module on its own: the site's pages and security need no other module, and
 * what another module adds to the staff filter chain through a
 * {@link StaffChainCustomizer} runs for staff requests only, never for patient ones.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class SystemModuleTests implements ModuleTest {

	static final String MARK = "X-Staff-Chain";

	/** What another module (account) would add to the staff chain. */
	@TestConfiguration(proxyBeanMethods = false)
	static class AnotherModule {

		@Bean
		StaffChainCustomizer marksStaffRequests() {
			Filter mark = (request, response, chain) -> {
				((jakarta.servlet.http.HttpServletResponse) response).setHeader(MARK, "yes");
				chain.doFilter(request, response);
			};
			return staff -> staff.addFilterBefore(mark, AuthorizationFilter.class);
		}

	}

	@Autowired
	MockMvc mvc;

	@Test
	void aStaffChainCustomizerRunsForStaffRequestsOnly() throws Exception {
		mvc.perform(get("/login")).andExpect(header().string(MARK, "yes"));
		mvc.perform(get("/editor"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")))
			.andExpect(header().string(MARK, "yes"));
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(header().doesNotExist(MARK));
		mvc.perform(get("/urgent-help")).andExpect(status().isOk()).andExpect(header().doesNotExist(MARK));
	}

}
