package org.nextsteps.editor;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every editor page renders for an administrator, with every text from the bundles and no
 * inline script or style.
 */
class EditorPagesTests extends EditorTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	org.nextsteps.scenario.Scenarios scenarios;

	StaffSession admin;

	@BeforeEach
	void setUp() {
		admin = signIn(Role.ADMIN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/editor", "/editor/options", "/editor/options/new",
			"/editor/options/radiofrequency-ablation", "/editor/rules", "/editor/rules/new", "/editor/scenarios",
			"/editor/scenarios/new", "/editor/scenarios/" + SeededScenarios.EMERGENCY_ID, "/editor/preview",
			"/editor/preview?scenario=" + SeededScenarios.RADIOFREQUENCY_ID, "/editor/publish", "/editor/releases",
			"/editor/releases/diff?from=1&to=1", "/editor/releases/1/rollback", "/editor/audit", "/editor/users",
			"/editor/users/admin", "/editor/password", "/editor/review", "/editor/texts",
			"/editor/texts/explanation/missed_target", "/editor/texts/safety/new" })
	void pageRendersWithBundledTextOnly(String path) {
		String scenarios = path.contains("{") ? admin.get("/editor/scenarios").body() : "";
		HttpResponse<String> response = admin
			.get(SeededScenarios.resolve(path, name -> SeededScenarios.idOn(scenarios, name)));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.body()).as(path).doesNotContain("??").doesNotContain("<script>").doesNotContain("style=\"");
	}

	/**
	 * Issue 16: the preview loads a patient's share link (or its bare code) and runs its
	 * answers against the draft and the live release; a damaged link is a 400 with a
	 * message.
	 */
	@org.junit.jupiter.api.Test
	void thePreviewLoadsAPatientsShareLink() {
		java.util.Map<String, Object> answers = scenarios.all()
			.stream()
			.map(s -> s.answers())
			.filter(a -> a.containsKey("injection_type"))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> made = post("/api/v1/assessments", "application/json",
				tools.jackson.databind.json.JsonMapper.builder()
					.build()
					.writeValueAsString(java.util.Map.of("answers", answers)));
		assertThat(made.statusCode()).isEqualTo(200);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("\"shareUrl\"\\s*:\\s*\"([^\"]+)\"")
			.matcher(made.body());
		assertThat(link.find()).isTrue();
		String url = link.group(1);
		String code = url.substring(url.lastIndexOf('/') + 1);
		for (String share : new String[] { url, code }) {
			HttpResponse<String> page = admin.get("/editor/preview?share="
					+ java.net.URLEncoder.encode(share, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("These are the answers of a share link made on release")
				.contains("id=\"ranking\"")
				.contains("a.injection_type=" + answers.get("injection_type"));
		}
		HttpResponse<String> damaged = admin
			.get("/editor/preview?share=" + code.substring(0, code.length() - 3) + "xyz");
		assertThat(damaged.statusCode()).isEqualTo(400);
		assertThat(damaged.body()).contains("This is not a share link of this guide");
	}

}
