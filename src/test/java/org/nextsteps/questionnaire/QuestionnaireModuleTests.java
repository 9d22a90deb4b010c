package org.nextsteps.questionnaire;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire module on its own: plain Java with no beans and no dependency, so any
 * module (the wizard, the API, the editor's previews) can use the one definition and the
 * one validator. Lazy, so the database it does not use is never opened.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
@TestPropertySource(properties = { "spring.main.lazy-initialization=true", "spring.flyway.enabled=false" })
class QuestionnaireModuleTests implements ModuleTest {

	@Test
	void needsNoBeanOfAnyModule(@Autowired ApplicationContext context) {
		assertThat(ModuleTest.modulesWithBeansIn(context)).isEmpty();
	}

	@Test
	void theOneValidatorTakesTheStandardQuestionnairesAnswersAndRefusesOthers() {
		AnswerValidator validator = new AnswerValidator(Questionnaire.standard());
		Map<String, Object> answers = AnswerValidatorTest.base();
		assertThat(validator.validate(answers).isValid()).isTrue();
		answers.put("red_flags", List.of("not-a-code"));
		assertThat(validator.validate(answers).isValid()).isFalse();
		Map<String, Object> unknown = AnswerValidatorTest.base();
		unknown.put("favourite_colour", "blue");
		assertThat(validator.validate(unknown).isValid()).isFalse();
	}

}
