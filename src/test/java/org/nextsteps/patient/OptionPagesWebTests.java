package org.nextsteps.patient;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.WebSliceTest;
import org.nextsteps.content.SourceCatalogue;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The option library and its JSON API at the web layer, the release mocked: an option the
 * current release lacks is a 404 page or problem detail. With the real content:
 * OptionPagesTests.
 */
@WebSliceTest(value = OptionPagesController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.nextsteps\\.patient\\.api\\.OptionsApiController"))
@Import({ SourceCatalogue.class, IconArrays.class })
class OptionPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Releases releases;

	@BeforeEach
	void aReleaseWithNoOptions() {
		PublishedRelease release = mock(PublishedRelease.class);
		when(release.id()).thenReturn(7L);
		when(release.in(any())).thenReturn(release);
		when(release.options()).thenReturn(List.of());
		when(release.option(anyString())).thenReturn(Optional.empty());
		when(releases.current()).thenReturn(release);
	}

	@Test
	void unknownOptionIsNotFound() throws Exception {
		mvc.perform(get("/options/no-such-option")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/options/no-such-option").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(content().string(containsString("\"status\":404")));
	}

	@Test
	void theApiSaysWhichReleaseItsOptionsComeFrom() throws Exception {
		mvc.perform(get("/api/v1/options").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"release\":\"7\"")));
	}

}
