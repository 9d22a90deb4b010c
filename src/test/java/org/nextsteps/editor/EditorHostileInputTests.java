package org.nextsteps.editor;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.SlowSuite;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.account.StaffAccount;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.DraftOption;
import org.nextsteps.pathway.ConditionOperator;
import org.nextsteps.pathway.DraftRule;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.scenario.Expectation;
import org.nextsteps.scenario.ScenarioResult;
import org.nextsteps.scenario.ScenarioView;
import org.nextsteps.scenario.Scenarios;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded junk at every form action of the editor and account pages, as the administrator
 * with a valid CSRF token: every field in turn sent many times and as text that grows
 * when escaped, then random changes (unknown and huge values, control characters, broken
 * numbers and encodings, missing, repeated and made-up fields, wrong versions and ids).
 * Every answer is below 500 and shows no exception or stack trace. Without the token
 * every post is refused (403) and changes nothing. The actions are collected from the
 * pages, so a new form without a recipe here fails.
 * <p>
 * Junk that could add what cannot be removed again (an option, a rule, a user) is kept
 * refused; whatever else it changes is put back: the drafts and the live release by
 * {@link EditorTestSupport}, new scenarios here, and the user and scenarios it changes
 * are this test's own.
 */
@SlowSuite
class EditorHostileInputTests extends EditorTestSupport {

	static final long SEED = 20260518L;

	static final int RANDOM_POSTS_PER_ACTION = 16;

	/** The largest value sent, under the 64 KB a form post may have. */
	static final int MAX_JUNK = 60_000;

	/**
	 * Characters JSON escapes: a quote (as two characters) and a control character (as
	 * six).
	 */
	static final String ESCAPED = "\"\u0001";

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>");

	private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

	private static final Pattern CHECKSUM = Pattern.compile("name=\"checksum\" value=\"([0-9a-f]+)\"");

	private static final Pattern STACK_TRACE = Pattern.compile("\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

	/**
	 * Values that are not what the field expects: codes of other fields, markup, template
	 * and SQL syntax.
	 */
	private static final String[] UNKNOWN = { "zz-unknown", "no_such_code", "stage:nowhere", "stage:urgent",
			"emergency", "routine", "admin", "publisher", "root", "physical-therapy", "in_top", "before", "is_any_of",
			"at_least", "pain_score", "priorities", "true", "false", "on", "null", "undefined", "[]", "{}",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "[[${7*7}]]", "*{version}",
			"#{staff.brand}", "%s%n%x", "../../etc/passwd", "' OR '1'='1", "Robert'); DROP TABLE staff_user;--",
			"\u202Eevil", "\uFEFF", "\uD83D\uDE42\uD83D\uDE42", "\uFF46\uFF55\uFF4C\uFF4C", "\u0130" };

	private static final String[] BROKEN_NUMBERS = { "", " ", "-", "+", "1e9", "1.5", "-0", "0x1F", "007",
			"99999999999999999999", "2147483648", "-2147483649", "NaN", "Infinity", "\uFF11", "\u0663", " 3", "3abc",
			"--1", "1,000", "-1", "0" };

	/** Field names no form has, or that point outside a form's rows. */
	private static final String[] ODD_NAMES = { "conditions[99].linkId", "conditions[12].values",
			"conditions[-1].values", "conditions[x].operator", "conditions[0].values[9999]", "conditions[0]",
			"conditions", "expectations[20].type", "expectations[-1].n", "expectations[x].option", "expectations[0]",
			"expectations", "a.", "a.pain_score", "a.no_such_item", "a.priorities", "class.module.classLoader", "[",
			"]]", "version[0]", "prioritiesGood[x]", "prioritiesGood[3]", "prioritiesPoor[0]",
			"conditions[0].values[2]", "expectations[3].option", "_enabled", "enabled", "action", "remove", "override",
			"reason", "checksum", "note", "role", "id", "slug", "key", "\u0000", "a b", "weight" };

	/** Tails of a body that are not valid form encoding. */
	private static final String[] RAW_TAILS = { "&%ZZ=1", "&note=%E0%A4%A", "&=x", "&&&", "&a=b=c", "&%", "&x=%",
			"&version=%FF%FE", "&title=%C0%AF" };

	@Value("${nextsteps.admin.initial-password}")
	String adminPassword;

	@Autowired
	Scenarios scenarios;

	StaffSession admin;

	/** A staff member of this test's own, whose user pages take the junk. */
	String user;

	/** A scenario of this test's own to change, and one to delete. */
	ScenarioView scenario;

	ScenarioView doomed;

	Set<Long> scenariosBefore;

	@BeforeEach
	void setUp() {
		scenariosBefore = ids(scenarios.all());
		ScenarioResult model = scenarios.run(releases.current())
			.stream()
			.filter(r -> r.passed() && r.evaluation().options().size() >= 2)
			.findFirst()
			.orElseThrow();
		List<RankedOption> ranked = model.evaluation().options();
		List<Expectation> expectations = new ArrayList<>(model.scenario().expectations());
		expectations.add(new Expectation.Before(ranked.get(0).slug(), ranked.get(1).slug()));
		expectations.add(new Expectation.InTop(ranked.get(0).slug(), 40));
		Map<String, Object> answers = model.scenario().answers();
		scenario = scenarios.create("Junk target " + System.nanoTime(), answers, expectations, "tester");
		doomed = scenarios.create("Junk delete " + System.nanoTime(), answers, expectations, "tester");
		user = StaffSession.newUser(accounts, Role.EDITOR);
		StaffSession stranger = StaffSession.anonymous(baseUrl());
		for (int i = 0; i < 5; i++) {
			stranger.login(user, "not-the-password"); // locked, so its page has the
														// unlock form too
		}
		admin = StaffSession.signIn(baseUrl(), "admin", adminPassword);
	}

	@AfterEach
	void deleteNewScenarios() {
		scenarios.all()
			.stream()
			.filter(s -> !scenariosBefore.contains(s.id()))
			.forEach(s -> scenarios.delete(s.id(), "tester"));
	}

	@Test
	void junkAtEveryFormActionNeverGetsA5xxNorShowsAnException() {
		Random random = new Random(SEED);
		Set<String> optionsBefore = slugs();
		Set<String> rulesBefore = ruleKeys();
		Set<String> usersBefore = usernames();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Target target : targets(formActions())) {
			List<UnaryOperator<List<Field>>> recipes = new ArrayList<>();
			if (target.refusedField() == null) {
				recipes.addAll(fieldByField(target.form()));
			}
			for (int i = 0; i < RANDOM_POSTS_PER_ACTION; i++) {
				recipes.add(fields -> mutate(fields, random));
			}
			for (UnaryOperator<List<Field>> recipe : recipes) {
				List<Field> fields = target.keptRefused(recipe.apply(target.baseline()));
				String path = target.path(random.nextInt(6) == 0 ? junkId(random) : null);
				StaffSession session = target.kind() == Kind.LOGIN ? StaffSession.anonymous(baseUrl()) : admin;
				String body = encode(fields)
						+ (random.nextInt(12) == 0 ? RAW_TAILS[random.nextInt(RAW_TAILS.length)] : "") + "&_csrf="
						+ session.csrf();
				String what = "#" + ++requests + " " + target.kind() + " " + abbreviate(path) + " " + describe(fields);
				try {
					check(failures, session.postBody(path, body), what);
				}
				catch (IllegalStateException ex) {
					failures.add("no complete answer (" + ex.getMessage() + ") for " + what);
				}
			}
		}
		assertThat(failures).as("seed %d", SEED).isEmpty();
		assertThat(requests).isBetween(400, 800);
		assertThat(slugs()).as("no option was added").isEqualTo(optionsBefore);
		assertThat(ruleKeys()).as("no rule was added").isEqualTo(rulesBefore);
		assertThat(usernames()).as("no user was added").isEqualTo(usersBefore);
	}

	@Test
	void everyFormActionRefusesAPostWithoutTheCsrfTokenAndChangesNothing() {
		ContentSnapshot draftContent = content.snapshot();
		List<RuleDefinition> draftRules = rules.all();
		long live = releases.current().id();
		List<ScenarioView> scenariosNow = scenarios.all();
		List<StaffAccount> users = accounts.all();
		List<Target> targets = targets(formActions());
		for (Target target : targets) {
			StaffSession session = target.kind() == Kind.LOGIN ? StaffSession.anonymous(baseUrl()) : admin;
			List<Field> fields = target.keptRefused(target.baseline());
			String path = target.path(null);
			String[] namesAndValues = fields.stream()
				.flatMap(f -> Stream.of(f.name(), f.value()))
				.toArray(String[]::new);
			for (HttpResponse<String> response : List.of(session.postRaw(path, namesAndValues),
					session.postBody(path, encode(fields) + "&_csrf=not-the-token"))) {
				assertThat(response.statusCode()).as(target.kind().name()).isEqualTo(403);
				assertThat(response.body()).as(target.kind().name()).doesNotContain("Exception");
			}
		}
		assertThat(targets).hasSize(Kind.values().length);
		assertThat(content.snapshot()).isEqualTo(draftContent);
		assertThat(rules.all()).isEqualTo(draftRules);
		assertThat(releases.current().id()).isEqualTo(live);
		assertThat(scenarios.all()).isEqualTo(scenariosNow);
		assertThat(accounts.all()).isEqualTo(users);
	}

	// --- the form actions
	// ---------------------------------------------------------------------------------------

	/** What a form action does, by the shape of its address. */
	enum Kind {

		NEW_OPTION("/editor/options"), OPTION("/editor/options/[^/]+"), NEW_RULE("/editor/rules"),
		RULE("/editor/rules/[^/]+"), RULE_ENABLED("/editor/rules/[^/]+/enabled"), RULE_MOVE("/editor/rules/[^/]+/move"),
		NEW_TEXT("/editor/texts/[a-z]+"), TEXT("/editor/texts/[a-z]+/[^/]+"), NEW_SCENARIO("/editor/scenarios"),
		SCENARIO("/editor/scenarios/\\d+"), SCENARIO_DELETE("/editor/scenarios/\\d+/delete"),
		PUBLISH("/editor/publish"), ROLLBACK("/editor/releases/\\d+/rollback"), NEW_USER("/editor/users"),
		USER("/editor/users/[^/]+"), USER_PASSWORD("/editor/users/[^/]+/password"),
		USER_UNLOCK("/editor/users/[^/]+/unlock"), OWN_PASSWORD("/editor/password"), LOGIN("/login");

		final Pattern address;

		Kind(String address) {
			this.address = Pattern.compile(address);
		}

		static Kind of(String action) {
			return Stream.of(values()).filter(kind -> kind.address.matcher(action).matches()).findFirst().orElse(null);
		}

	}

	/**
	 * The kinds of every post action on the editor and account pages (signing out aside).
	 */
	Set<Kind> formActions() {
		List<String> pages = List.of("/editor", "/editor/options", "/editor/options/new",
				"/editor/options/" + OptionEditingTests.SLUG, "/editor/rules", "/editor/rules/new",
				"/editor/rules/" + rules.rules().get(0).key(), "/editor/scenarios", "/editor/scenarios/new",
				"/editor/scenarios/" + scenario.id(), "/editor/preview", "/editor/publish", "/editor/releases",
				"/editor/releases/1/rollback", "/editor/audit", "/editor/users", "/editor/users/" + user,
				"/editor/password", "/editor/texts/explanation/" + TEXT_KEY, "/editor/texts/explanation/new");
		Set<String> actions = new LinkedHashSet<>();
		pages.forEach(page -> actions.addAll(postActions(admin.get(page).body())));
		actions.addAll(postActions(StaffSession.anonymous(baseUrl()).get("/login").body()));
		actions.remove("/logout");
		Set<Kind> kinds = new LinkedHashSet<>();
		for (String action : actions) {
			Kind kind = Kind.of(action);
			assertThat(kind).as("a junk recipe for the form action %s", action).isNotNull();
			kinds.add(kind);
		}
		assertThat(kinds).as("every kind of form is on a page").containsExactlyInAnyOrder(Kind.values());
		return kinds;
	}

	static List<String> postActions(String page) {
		List<String> actions = new ArrayList<>();
		Matcher form = FORM.matcher(page);
		while (form.find()) {
			Matcher action = ACTION.matcher(form.group());
			if (form.group().contains("method=\"post\"") && action.find()) {
				actions.add(action.group(1));
			}
		}
		return actions;
	}

	/**
	 * A form action to post junk to: its address ({@code %s} for the id in it), the form
	 * as a browser sends it when the page is opened now, the fields read again before
	 * each post (versions, checksums), and, for actions that could add what cannot be
	 * removed, the field kept to names already {@code taken} (or not names at all).
	 */
	record Target(Kind kind, String address, String id, List<Field> form, Map<String, Supplier<String>> live,
			String refusedField, Supplier<Set<String>> taken) {

		List<Field> baseline() {
			return form.stream()
				.map(f -> live.containsKey(f.name()) ? new Field(f.name(), live.get(f.name()).get()) : f)
				.toList();
		}

		List<Field> keptRefused(List<Field> fields) {
			if (refusedField == null) {
				return fields;
			}
			Set<String> names = taken.get();
			return fields.stream()
				.map(f -> f.name().equals(refusedField) && !names.contains(f.value())
						? new Field(f.name(), "!" + f.value()) : f)
				.toList();
		}

		/** The address with its id, or with {@code junkId} instead when there is one. */
		String path(String junkId) {
			return id == null ? address
					: String.format(address, URLEncoder.encode(junkId == null ? id : junkId, StandardCharsets.UTF_8));
		}

	}

	record Field(String name, String value) {
	}

	List<Target> targets(Set<Kind> kinds) {
		return kinds.stream().map(this::target).toList();
	}

	Target target(Kind kind) {
		String slug = OptionEditingTests.SLUG;
		String ruleKey = rules.rules()
			.stream()
			.filter(r -> r.definition().enabled() && r.definition()
				.when()
				.stream()
				.anyMatch(c -> ConditionOperator.IS_ANY_OF.code().equals(c.operator())))
			.findFirst()
			.orElseThrow()
			.key();
		Map<String, Supplier<String>> optionVersion = Map.of("version",
				() -> String.valueOf(content.option(slug).orElseThrow().version()));
		Map<String, Supplier<String>> ruleVersion = Map.of("version",
				() -> String.valueOf(rules.rule(ruleKey).orElseThrow().version()));
		Map<String, Supplier<String>> scenarioVersion = Map.of("version",
				() -> String.valueOf(scenarios.find(scenario.id()).map(ScenarioView::version).orElse(0)));
		Map<String, Supplier<String>> userVersion = Map.of("version",
				() -> String.valueOf(accounts.find(user).orElseThrow().version()));
		Supplier<Set<String>> none = Set::of;
		String password = "a-long-enough-password";
		return switch (kind) {
			case NEW_OPTION -> new Target(kind, "/editor/options", null, option(slug), Map.of(), "slug", this::slugs);
			case OPTION -> new Target(kind, "/editor/options/%s", slug, option(slug), optionVersion, null, none);
			case NEW_RULE -> new Target(kind, "/editor/rules", null, rule(ruleKey), Map.of(), "key", this::ruleKeys);
			case RULE -> new Target(kind, "/editor/rules/%s", ruleKey, rule(ruleKey), ruleVersion, null, none);
			case RULE_ENABLED -> new Target(kind, "/editor/rules/%s/enabled", ruleKey,
					fields("enabled", "false", "version", ""), ruleVersion, null, none);
			case RULE_MOVE -> new Target(kind, "/editor/rules/%s/move", ruleKey,
					fields("direction", "down", "version", ""), ruleVersion, null, none);
			case NEW_TEXT ->
				new Target(kind, "/editor/texts/explanation", null, text(), Map.of(), "key", this::explanationKeys);
			case TEXT -> new Target(kind, "/editor/texts/explanation/%s", TEXT_KEY, text(), Map
				.of("version", () -> String.valueOf(
						content.text(org.nextsteps.content.TextKind.EXPLANATION, TEXT_KEY).orElseThrow().version())),
					null, none);
			case NEW_SCENARIO -> new Target(kind, "/editor/scenarios", null, scenarioForm(false), Map.of(), null, none);
			case SCENARIO -> new Target(kind, "/editor/scenarios/%s", String.valueOf(scenario.id()), scenarioForm(true),
					scenarioVersion, null, none);
			case SCENARIO_DELETE -> new Target(kind, "/editor/scenarios/%s/delete", String.valueOf(doomed.id()),
					fields(), Map.of(), null, none);
			case PUBLISH ->
				new Target(kind, "/editor/publish", null, fields("note", "Published by the junk test", "checksum", ""),
						Map.of("checksum", this::checksum), null, none);
			case ROLLBACK -> new Target(kind, "/editor/releases/%s/rollback", "1",
					fields("note", "Rolled back by the junk test"), Map.of(), null, none);
			case NEW_USER -> new Target(kind, "/editor/users", null,
					fields("username", user, "displayName", "Junk Test", "role", "editor", "password", password),
					Map.of(), "username", this::usernames);
			case USER -> new Target(kind, "/editor/users/%s", user, fields("displayName", "Junk Test", "role", "editor",
					"_enabled", "on", "enabled", "true", "version", ""), userVersion, null, none);
			case USER_PASSWORD ->
				new Target(kind, "/editor/users/%s/password", user, fields("password", password), Map.of(), null, none);
			case USER_UNLOCK -> new Target(kind, "/editor/users/%s/unlock", user, fields(), Map.of(), null, none);
			// the administrator's own password is never sent, so it is never changed
			case OWN_PASSWORD -> new Target(kind, "/editor/password", null,
					fields("currentPassword", "not-it", "password", password, "confirm", password), Map.of(),
					"currentPassword", none);
			// never a real account, so junk locks nobody out
			case LOGIN -> new Target(kind, "/login", null, fields("username", "nobody", "password", "wrong"), Map.of(),
					"username", none);
		};
	}

	List<Field> option(String slug) {
		return fields(EditorForms.option(OptionForm.of(content.option(slug).orElseThrow())).toArray(String[]::new));
	}

	static final String TEXT_KEY = "missed_target";

	List<Field> text() {
		return fields(EditorForms
			.text(TextForm.of(content.text(org.nextsteps.content.TextKind.EXPLANATION, TEXT_KEY).orElseThrow()))
			.toArray(String[]::new));
	}

	Set<String> explanationKeys() {
		return content.texts()
			.stream()
			.filter(t -> t.kind() == org.nextsteps.content.TextKind.EXPLANATION)
			.map(org.nextsteps.content.DraftText::key)
			.collect(Collectors.toSet());
	}

	List<Field> rule(String key) {
		return fields(EditorForms.rule(RuleForm.of(rules.rule(key).orElseThrow())).toArray(String[]::new));
	}

	/**
	 * This test's scenario as its form sends it; a new one keeps its name, which is
	 * taken.
	 */
	List<Field> scenarioForm(boolean withVersion) {
		List<Field> fields = fields("name", scenario.name());
		if (withVersion) {
			fields.add(new Field("version", ""));
		}
		List<ScenarioForm.Row> rows = ScenarioForm.of(scenario).getExpectations();
		for (int i = 0; i < rows.size(); i++) {
			ScenarioForm.Row r = rows.get(i);
			String row = "expectations[" + i + "].";
			fields.add(new Field(row + "type", r.getType()));
			fields.add(new Field(row + "option", r.getOption()));
			fields.add(new Field(row + "disposition", r.getDisposition()));
			fields.add(new Field(row + "n", r.getN()));
			fields.add(new Field(row + "other", r.getOther()));
			fields.add(new Field(row + "explanation", r.getExplanation()));
			fields.add(new Field(row + "text", r.getText()));
		}
		AnswerParams.fromRaw(scenario.answers())
			.forEach((linkId, values) -> values
				.forEach(value -> fields.add(new Field(AnswerParams.PREFIX + linkId, value))));
		return fields;
	}

	String checksum() {
		Matcher m = CHECKSUM.matcher(admin.get("/editor/publish").body());
		return m.find() ? m.group(1) : "";
	}

	Set<String> slugs() {
		return content.options().stream().map(DraftOption::slug).collect(Collectors.toSet());
	}

	Set<String> ruleKeys() {
		return rules.rules().stream().map(DraftRule::key).collect(Collectors.toSet());
	}

	Set<String> usernames() {
		return accounts.all().stream().map(StaffAccount::username).collect(Collectors.toSet());
	}

	static Set<Long> ids(List<ScenarioView> scenarios) {
		return scenarios.stream().map(ScenarioView::id).collect(Collectors.toSet());
	}

	// --- junk
	// --------------------------------------------------------------------------------------------------

	static List<Field> fields(String... namesAndValues) {
		List<Field> fields = new ArrayList<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			fields.add(new Field(namesAndValues[i], namesAndValues[i + 1]));
		}
		return fields;
	}

	/**
	 * Each field in turn, the rest as a browser sends it: sent 400 times, and as
	 * {@link #ESCAPED} text, short as typed but up to six times longer once escaped (as
	 * lists are stored, in JSON).
	 */
	static List<UnaryOperator<List<Field>>> fieldByField(List<Field> form) {
		List<UnaryOperator<List<Field>>> recipes = new ArrayList<>();
		for (String name : form.stream().map(Field::name).distinct().toList()) {
			for (int length : new int[] { 2_500, 14_000 }) {
				String value = ESCAPED.repeat(length / ESCAPED.length());
				recipes.add(fields -> fields.stream()
					.map(f -> f.name().equals(name) ? new Field(name, value) : f)
					.toList());
			}
			recipes.add(fields -> {
				List<Field> repeated = new ArrayList<>(fields);
				fields.stream().filter(f -> f.name().equals(name)).findFirst().ifPresent(f -> {
					for (int i = 0; i < 400; i++) {
						repeated.add(f);
					}
				});
				return repeated;
			});
		}
		return recipes;
	}

	/** One random change to a form a browser would send, now and then two or three. */
	static List<Field> mutate(List<Field> baseline, Random random) {
		List<Field> fields = new ArrayList<>(baseline);
		for (int n = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1; n > 0; n--) {
			int at = fields.isEmpty() ? -1 : random.nextInt(fields.size());
			switch (random.nextInt(8)) {
				case 0, 1 -> { // a value that does not belong
					if (at >= 0) {
						fields.set(at, new Field(fields.get(at).name(), junk(random, MAX_JUNK)));
					}
				}
				case 2 -> { // a missing field
					if (at >= 0) {
						fields.remove(at);
					}
				}
				case 3 -> { // the same field again and again, never more than a post may
							// carry
					if (at >= 0) {
						Field f = random.nextBoolean() ? fields.get(at)
								: new Field(fields.get(at).name(), junk(random, 200));
						for (int i = Math.min(1 + random.nextInt(200),
								MAX_JUNK / (f.value().length() + 1)); i > 0; i--) {
							fields.add(f);
						}
					}
				}
				case 4 -> fields.add(new Field(ODD_NAMES[random.nextInt(ODD_NAMES.length)], junk(random, 2000)));
				case 5 -> fields.replaceAll(
						f -> f.name().equals("version") ? new Field("version", wrongVersion(f.value(), random)) : f);
				case 6 -> { // a list of thousands of lines
					if (at >= 0) {
						fields.set(at, new Field(fields.get(at).name(), lines(random)));
					}
				}
				default -> fields.clear(); // nothing at all
			}
		}
		return fields;
	}

	/**
	 * Junk for the id in an address, never {@code admin}: that is a real account (the
	 * first administrator, whose password other suites sign in with), and the junk would
	 * change it through its own user pages.
	 */
	static String junkId(Random random) {
		String id = junk(random, 3000);
		return "admin".equals(id) ? "zz-unknown" : id;
	}

	static String junk(Random random, int maxLength) {
		return switch (random.nextInt(9)) {
			case 0, 1 -> UNKNOWN[random.nextInt(UNKNOWN.length)];
			case 2 -> BROKEN_NUMBERS[random.nextInt(BROKEN_NUMBERS.length)];
			case 3 -> "x".repeat(random.nextInt(maxLength + 1));
			case 4 -> text(random, random.nextInt(Math.min(maxLength, 3000) + 1));
			case 5 -> controls(random);
			case 6 -> "";
			case 7 -> "   ";
			default -> String.valueOf(random.nextLong());
		};
	}

	static String wrongVersion(String current, Random random) {
		int version = current.matches("\\d{1,9}") ? Integer.parseInt(current) : 0;
		return switch (random.nextInt(5)) {
			case 0 -> String.valueOf(version - 1);
			case 1 -> String.valueOf(version + 1);
			case 2 -> String.valueOf(Integer.MAX_VALUE);
			case 3 -> BROKEN_NUMBERS[random.nextInt(BROKEN_NUMBERS.length)];
			default -> junk(random, 100);
		};
	}

	static String controls(Random random) {
		StringBuilder text = new StringBuilder("before");
		for (int i = random.nextInt(20) + 1; i > 0; i--) {
			int pick = random.nextInt(36);
			text.append(pick < 32 ? (char) pick : "\u007F\u0085\u2028\u2029".charAt(pick - 32));
		}
		return text.append("after").toString();
	}

	/**
	 * Lower-case letters with now and then any character of the first pages of Unicode
	 * (no surrogates).
	 */
	static String text(Random random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) (random.nextInt(10) == 0 ? 0x20 + random.nextInt(0x2000) : 'a' + random.nextInt(26)));
		}
		return text.toString();
	}

	/** Short lines, as many as fit in a post: lists with thousands of items. */
	static String lines(Random random) {
		String line = random.nextBoolean() ? "item" : UNKNOWN[random.nextInt(UNKNOWN.length)];
		return (line + "\n").repeat(random.nextInt(MAX_JUNK / 3 / (line.length() + 1)) + 1);
	}

	static String encode(List<Field> fields) {
		return fields.stream()
			.map(f -> URLEncoder.encode(f.name(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(f.value(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static void check(List<String> failures, HttpResponse<String> response, String what) {
		String body = response.body();
		if (response.statusCode() >= 500) {
			failures.add(response.statusCode() + " for " + what);
		}
		if (body.contains("Exception") || STACK_TRACE.matcher(body).find() || body.contains("Whitelabel")) {
			failures.add("internal detail shown (" + response.statusCode() + ") for " + what);
		}
	}

	static String describe(List<Field> fields) {
		return fields.stream()
			.limit(30)
			.map(f -> abbreviate(f.name()) + "=" + abbreviate(f.value()))
			.collect(Collectors.joining("&", "[", fields.size() > 30 ? "&...(" + fields.size() + " fields)]" : "]"));
	}

	static String abbreviate(String text) {
		String shown = text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + ")" : text;
		return shown.replaceAll("\\p{Cntrl}", "?");
	}

}
