package org.nextsteps.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.OptionField;

import static org.assertj.core.api.Assertions.assertThat;

/** The option form covers every field of {@link OptionField}, and each has its words. */
class OptionFormTests {

	@Test
	void everyOptionSurvivesTheFormUnchanged() {
		for (OptionContent option : ChangesTests.SEED.options()) {
			OptionContent back = OptionForm.of(option, 1)
				.toContent()
				.withEvidenceDetail(option.guidance(), option.outcomes(), option.outcomesNote());
			assertThat(back).as(option.slug()).isEqualTo(option);
			assertThat(Fields.changes(Fields.OPTION, option, back)).as(option.slug()).isEmpty();
		}
	}

	@Test
	void everyFieldHasALabel() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/editor.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (OptionField field : OptionField.values()) {
			assertThat(messages.getProperty("editor.field.option." + field.property())).as(field.property())
				.isNotBlank();
		}
	}

}
