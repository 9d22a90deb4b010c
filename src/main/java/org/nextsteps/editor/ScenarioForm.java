package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.nextsteps.pathway.Disposition;
import org.nextsteps.scenario.Expectation;
import org.nextsteps.scenario.ScenarioView;

/**
 * A scenario as its form sends it: the name, the version opened, and the expectation rows
 * (answers come as a.*).
 */
public class ScenarioForm {

	/** The longest text pattern an expectation may have. */
	static final int MAX_PATTERN = 200;

	private String name = "";

	private int version;

	private List<Row> expectations = new ArrayList<>();

	static ScenarioForm of(ScenarioView scenario) {
		ScenarioForm form = new ScenarioForm();
		form.name = scenario.name();
		form.version = scenario.version();
		for (Expectation e : scenario.expectations()) {
			Expectation.Stored stored = e.stored();
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
			form.expectations.add(row);
		}
		return form;
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
