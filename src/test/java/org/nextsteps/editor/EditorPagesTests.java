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

}
