package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.nextsteps.pathway.Disposition;

/**
 * A scenario as its form sends it: the name, the version opened, and the expectation rows
 * (answers come as a.*).
 */
public class ScenarioForm {

	private String name = "";

	private int version;

	private List<Row> expectations = new ArrayList<>();

	static ScenarioForm of(ScenarioView scenario) {
		ScenarioForm form = new ScenarioForm();
		form.name = scenario.name();
		form.version = scenario.version();
		for (Expectation e : scenario.expectations()) {
			Row row = new Row();
			row.setType(e.type());
			if (Expectation.Type.DISPOSITION.code().equals(e.type())) {
				row.setDisposition(e.value());
			}
			else {
				row.setOption(e.value());
			}
			row.setN(e.n() == null ? "" : String.valueOf(e.n()));
			row.setOther(e.other() == null ? "" : e.other());
			form.expectations.add(row);
		}
		return form;
	}

	/**
	 * The rows that say something, as expectations; each row that is not complete, or
	 * names an option that is not one of {@code options} (the form offers only those), is
	 * added to {@code problems} instead.
	 */
	List<Expectation> toExpectations(List<String> problems, Set<String> options) {
		List<Expectation> list = new ArrayList<>();
		for (int i = 0; i < expectations.size(); i++) {
			Row row = expectations.get(i);
			Expectation.Type type = Expectation.Type.byCode(row.getType()).orElse(null);
			if (type == null) {
				continue;
			}
			String value = type == Expectation.Type.DISPOSITION ? row.getDisposition() : row.getOption();
			Integer n = row.getN().matches("\\d{1,2}") ? Integer.valueOf(row.getN()) : null;
			boolean complete = (type == Expectation.Type.DISPOSITION ? Disposition.byCode(value).isPresent()
					: options.contains(value)) && (!type.takesN() || (n != null && n >= 1))
					&& (type != Expectation.Type.BEFORE || options.contains(row.getOther()));
			if (!complete) {
				problems.add("expectations[" + i + "]");
				continue;
			}
			list.add(new Expectation(type.code(), value, type.takesN() ? n : null,
					type == Expectation.Type.BEFORE ? row.getOther() : null));
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

	}

}
