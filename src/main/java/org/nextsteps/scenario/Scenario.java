package org.nextsteps.scenario;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nextsteps.system.EditableRecord;

/** One test scenario: answers and what the result must show. */
@Entity
@Table(name = "test_scenario")
class Scenario extends EditableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 200)
	private String name;

	@Convert(converter = ScenarioJson.AnswersConverter.class)
	@Column(nullable = false, length = 8000)
	private Map<String, Object> answers;

	@Convert(converter = ScenarioJson.ExpectationsConverter.class)
	@Column(nullable = false, length = 8000)
	private List<Expectation> expectations;

	protected Scenario() {
	}

	Scenario(String name, Map<String, Object> answers, List<Expectation> expectations, String by) {
		update(name, answers, expectations, by);
	}

	void update(String name, Map<String, Object> answers, List<Expectation> expectations, String by) {
		this.name = name;
		this.answers = answers;
		this.expectations = List.copyOf(expectations);
		touch(by);
	}

	ScenarioView toView() {
		return new ScenarioView(id, name, answers, expectations, version(), updatedAt(), updatedBy());
	}

}
