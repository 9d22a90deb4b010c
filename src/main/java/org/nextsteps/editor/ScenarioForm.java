package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.nextsteps.pathway.Disposition;
import org.nextsteps.scenario.Expectation;
import org.nextsteps.scenario.ScenarioView;

/**
 * A scenario as its form sends it: the name, the version opened, and the expectation rows
 * (answers come as a.*).
 */
public class ScenarioForm extends MergeableForm {

	/** The longest text pattern an expectation may have. */
	static final int MAX_PATTERN = 200;

	private String name = "";

	private int version;

	private List<Row> expectations = new ArrayList<>();

	/**
	 * The answers as the form sent them ({@code a.<linkId>} parameters, outside this
	 * object), for merging.
	 */
	private Map<String, List<String>> answerValues = new LinkedHashMap<>();

	static ScenarioForm of(ScenarioView scenario) {
		ScenarioForm form = new ScenarioForm();
		form.name = scenario.name();
		form.version = scenario.version();
		for (Expectation e : scenario.expectations()) {
			Row row = row(e.stored());
			form.expectations.add(row);
		}
		form.answerValues = AnswerParams.fromRaw(scenario.answers());
		form.setBase(new LinkedHashMap<>(values(scenario)));
		return form;
	}

	/** A stored expectation as a row of the form. */
	private static Row row(Expectation.Stored stored) {
		Row row = new Row();
		row.setType(stored.type());
		switch (Expectation.Type.byCode(stored.type()).map(ScenarioForm::field).orElse(Field.OPTION)) {
			case DISPOSITION -> row.setDisposition(stored.value());
			case EXPLANATION -> row.setExplanation(stored.value());
			case TEXT -> row.setText(stored.value());
			case OPTION -> row.setOption(stored.value());
		}
		row.setN(stored.n() == null ? "" : String.valueOf(stored.n()));
		row.setOther(stored.other() == null ? "" : stored.other());
		return row;
	}

	/** What separates the parts of a row as merged text: a tab, which no field takes. */
	private static final String PARTS = "\t";

	/**
	 * A saved scenario's three fields as merges compare them: its name, its answers (one
	 * {@code linkId=value} a line, in order) and its expectations (one a line).
	 */
	static Map<String, String> values(ScenarioView scenario) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", scenario.name().strip());
		values.put("answers", answersText(AnswerParams.fromRaw(scenario.answers())));
		values.put("expectations",
				String.join("\n", scenario.expectations().stream().map(e -> storedText(e.stored())).toList()));
		return values;
	}

	private static String answersText(Map<String, List<String>> answers) {
		Set<String> lines = new TreeSet<>();
		answers.forEach((linkId, list) -> list.stream()
			.map(String::strip)
			.filter(v -> !v.isEmpty())
			.forEach(v -> lines.add(linkId + "=" + v)));
		return String.join("\n", lines);
	}

	private static String storedText(Expectation.Stored stored) {
		return String.join(PARTS, stored.type(), stored.value() == null ? "" : stored.value(),
				stored.n() == null ? "" : String.valueOf(stored.n()), stored.other() == null ? "" : stored.other());
	}

	@Override
	public String value(String field) {
		return switch (field) {
			case "name" -> name.strip();
			case "answers" -> answersText(answerValues);
			case "expectations" -> String.join("\n",
					expectations.stream()
						.filter(r -> Expectation.Type.byCode(r.getType()).isPresent())
						.map(r -> String.join(PARTS, r.getType(), rowValue(r), r.getN().strip(), r.getOther().strip()))
						.toList());
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static String rowValue(Row r) {
		return switch (Expectation.Type.byCode(r.getType()).map(ScenarioForm::field).orElse(Field.OPTION)) {
			case DISPOSITION -> r.getDisposition().strip();
			case EXPLANATION -> r.getExplanation().strip();
			case TEXT -> r.getText().strip();
			case OPTION -> r.getOption().strip();
		};
	}

	@Override
	public void set(String field, String value) {
		switch (field) {
			case "name" -> name = value;
			case "answers" -> {
				Map<String, List<String>> answers = new LinkedHashMap<>();
				for (String line : OptionForm.list(value)) {
					int eq = line.indexOf('=');
					if (eq > 0) {
						answers.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>())
							.add(line.substring(eq + 1));
					}
				}
				answerValues = answers;
			}
			case "expectations" -> {
				List<Row> rows = new ArrayList<>();
				for (String line : OptionForm.list(value)) {
					String[] p = line.split(PARTS, -1);
					if (p.length == 4) {
						rows.add(row(new Expectation.Stored(p[0], p[1].isEmpty() ? null : p[1],
								p[2].isEmpty() ? null : Integer.valueOf(p[2]), p[3].isEmpty() ? null : p[3])));
					}
				}
				expectations = rows;
			}
			default -> throw new IllegalArgumentException(field);
		}
	}

	/** The answers, as merged (the controller reads them back after a merge). */
	Map<String, List<String>> answerValues() {
		return answerValues;
	}

	void setAnswerValues(Map<String, List<String>> answerValues) {
		this.answerValues = new LinkedHashMap<>(answerValues);
	}

	/** The input of a row that holds what an expectation of a type is about. */
	private enum Field {

		OPTION, DISPOSITION, EXPLANATION, TEXT

	}

	private static Field field(Expectation.Type type) {
		return switch (type) {
			case DISPOSITION -> Field.DISPOSITION;
			case EXPLANATION_ABSENT -> Field.EXPLANATION;
			case REASONS_NOT_MATCHING, EXPLANATIONS_NOT_MATCHING -> Field.TEXT;
			case FIRST, IN_TOP, NOT_IN_TOP, PRESENT, ABSENT, BEFORE -> Field.OPTION;
		};
	}

	/**
	 * The rows that say something, as expectations; each row that is not complete, or
	 * names an option or explanation that is not one of {@code options} or
	 * {@code explanations} (the form offers only those), or a text that is not a pattern,
	 * is added to {@code problems} instead.
	 */
	List<Expectation> toExpectations(List<String> problems, Set<String> options, Set<String> explanations) {
		List<Expectation> list = new ArrayList<>();
		for (int i = 0; i < expectations.size(); i++) {
			Row row = expectations.get(i);
			Expectation.Type type = Expectation.Type.byCode(row.getType()).orElse(null);
			if (type == null) {
				continue;
			}
			Expectation expectation = row.toExpectation(type, options, explanations);
			if (expectation == null) {
				problems.add("expectations[" + i + "]");
				continue;
			}
			list.add(expectation);
		}
		return list;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

	public int getVersion() {
		return version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

	public List<Row> getExpectations() {
		return expectations;
	}

	public void setExpectations(List<Row> expectations) {
		this.expectations = expectations == null ? new ArrayList<>() : expectations;
	}

	/** One expectation row: every input is shown; the type decides which are read. */
	public static class Row {

		private String type = "";

		private String option = "";

		private String disposition = "";

		private String n = "";

		private String other = "";

		private String explanation = "";

		private String text = "";

		/** The row as an expectation of the type; null when it is not complete. */
		private Expectation toExpectation(Expectation.Type type, Set<String> options, Set<String> explanations) {
			Integer top = n.matches("\\d{1,2}") && Integer.parseInt(n) >= 1 ? Integer.valueOf(n) : null;
			boolean option = options.contains(this.option);
			return switch (type) {
				case DISPOSITION ->
					Disposition.byCode(disposition).isPresent() ? new Expectation.DispositionIs(disposition) : null;
				case FIRST -> option ? new Expectation.First(this.option) : null;
				case IN_TOP -> option && top != null ? new Expectation.InTop(this.option, top) : null;
				case NOT_IN_TOP -> option && top != null ? new Expectation.NotInTop(this.option, top) : null;
				case PRESENT -> option ? new Expectation.Present(this.option) : null;
				case ABSENT -> option ? new Expectation.Absent(this.option) : null;
				case BEFORE -> option && options.contains(other) ? new Expectation.Before(this.option, other) : null;
				case EXPLANATION_ABSENT ->
					explanations.contains(explanation) ? new Expectation.ExplanationAbsent(explanation) : null;
				case REASONS_NOT_MATCHING -> pattern() ? new Expectation.ReasonsNotMatching(text) : null;
				case EXPLANATIONS_NOT_MATCHING -> pattern() ? new Expectation.ExplanationsNotMatching(text) : null;
			};
		}

		private boolean pattern() {
			if (text.isEmpty() || text.length() > MAX_PATTERN) {
				return false;
			}
			try {
				Pattern.compile(text);
				return true;
			}
			catch (PatternSyntaxException ex) {
				return false;
			}
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type == null ? "" : type;
		}

		public String getOption() {
			return option;
		}

		public void setOption(String option) {
			this.option = option == null ? "" : option;
		}

		public String getDisposition() {
			return disposition;
		}

		public void setDisposition(String disposition) {
			this.disposition = disposition == null ? "" : disposition;
		}

		public String getN() {
			return n;
		}

		public void setN(String n) {
			this.n = n == null ? "" : n.strip();
		}

		public String getOther() {
			return other;
		}

		public void setOther(String other) {
			this.other = other == null ? "" : other;
		}

		public String getExplanation() {
			return explanation;
		}

		public void setExplanation(String explanation) {
			this.explanation = explanation == null ? "" : explanation;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text == null ? "" : text.strip();
		}

	}

}
