package org.nextsteps.patient;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nextsteps.SlowSuite;
import org.nextsteps.WebTestSupport;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Share links name their release by number and content, are signed, and cannot be
 * altered: a forged code gets the 400 page, a code whose number now holds other content
 * gets "this link no longer works", never other content.
 */
@SlowSuite
class ShareLinkIntegrityTests extends WebTestSupport {

	private static final Pattern CURRENT_LINK = Pattern.compile("class=\"button\" href=\"/r/([A-Za-z0-9_-]+)\"");

	@Autowired
	Assessments assessments;

	@Autowired
	SharedResults shared;

	@Autowired
	Releases releases;

	@Autowired
	ShareCodeKeys keys;

	@Autowired
	JdbcClient jdbc;

	private String currentCode() {
		return shared.code(assessments.assess(ShareCodeTests.answers(), releases.current()));
	}

	@Test
	void aCodeWithChangedAnswersAndARecomputedSha256GetsA400Page() {
		String code = currentCode();
		assertThat(get("/r/" + code).statusCode()).isEqualTo(200);
		byte[] whole = Base64.getUrlDecoder().decode(code);
		byte[] payload = Arrays.copyOf(whole, whole.length - ShareCodeKeys.TAG_BYTES);
		payload[payload.length - 1] ^= 1; // another priority
		for (int length : new int[] { ShareCodeKeys.TAG_BYTES, 4 }) {
			String forged = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ShareCodeTests.join(payload, Arrays.copyOf(ShareCodeTests.sha256(payload), length)));
			for (String path : new String[] { "/r/", "/start?a=" }) {
				HttpResponse<String> response = get(path + forged);
				assertThat(response.statusCode()).as("%s with a SHA-256 of %d bytes", path, length).isEqualTo(400);
				// a result link says plainly that it is damaged (issue 15); the wizard's
				// own state is a bad request
				assertThat(response.body()).contains(path.equals("/r/") ? "This link is incomplete or was changed"
						: "Something was wrong with that request");
			}
		}
		// the same answers changed, as a version 2 code with its plain checksum: releases
		// since signing refuse it
		String unsigned = ShareCode.encodeUnsigned(ShareCode.V2, releases.current().id(), ShareCodeTests.answers());
		assertThat(get("/r/" + unsigned).statusCode()).isEqualTo(400);
	}

	@Test
	void aCodeWhoseReleaseNumberHoldsOtherContentGetsTheLinkNoLongerWorksPage() {
		PublishedRelease current = releases.current();
		String otherContent = ShareCode.encode(keys, current.id(), ShareCodeTests.hex("other content"),
				ShareCodeTests.answers());
		String missing = ShareCode.encode(keys, current.id() + 1000, current.info().checksum(),
				ShareCodeTests.answers());
		for (String code : new String[] { otherContent, missing }) {
			for (String suffix : new String[] { "", "/compare", "/print" }) {
				HttpResponse<String> gone = get("/r/" + code + suffix);
				assertThat(gone.statusCode()).isEqualTo(404);
				assertThat(gone.body()).contains("This link no longer works").doesNotContain("id=\"steps-heading\"");
			}
			Matcher link = CURRENT_LINK.matcher(get("/r/" + code).body());
			assertThat(link.find()).as("a link to the same answers on the current content").isTrue();
			assertThat(get("/r/" + link.group(1)).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void theSecretIsKeptInTheDatabaseAndAConfiguredOneTakesOverWithoutBreakingLinks() {
		assertThat(jdbc.sql("select secret from share_code_key").query(String.class).single()).isNotBlank();
		assertThatIllegalStateException().isThrownBy(() -> ShareCodeKeyStore.load(jdbc, "too short"))
			.withMessageContaining("NEXTSTEPS_SHARE_CODE_SECRET");
		ShareCodeKeys configured = ShareCodeKeyStore.load(jdbc, "a configured secret of at least 32 characters");
		PublishedRelease current = releases.current();
		String before = currentCode();
		String after = ShareCode.encode(configured, current.id(), current.info().checksum(), ShareCodeTests.answers());
		assertThat(after).isNotEqualTo(before);
		assertThat(ShareCode.decode(before, configured)).as("a link signed with the stored secret").isPresent();
		assertThat(ShareCode.decode(after, configured)).isPresent();
		assertThat(ShareCode.decode(after, keys)).as("the running app does not know the configured one").isEmpty();
	}

}
