package org.nextsteps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.fail;

/**
 * The module boundaries of docs/architecture.md hold: no cycles, no reaching into
 * another's internals; and the module diagram in docs is the one the code makes.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(NextStepsApplication.class);

	/** The diagram as committed, for readers of docs/architecture.md. */
	static final Path DIAGRAM = Path.of("docs", "modules.puml");

	/** Set to {@code true} to rewrite {@link #DIAGRAM} from the code. */
	static final String UPDATE = "modules.update";

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Spring Modulith's PlantUML of the modules and their dependencies, written to
	 * target/modulith-docs/components.puml, is the committed docs/modules.puml (the same
	 * lines; their order is Modulith's and means nothing).
	 */
	@Test
	void theModuleDiagramInDocsIsTheOneTheCodeMakes() throws IOException {
		Path folder = Path.of("target", "modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml();
		String rendered = Files.readString(folder.resolve("components.puml"));
		if (Boolean.getBoolean(UPDATE)) {
			Files.writeString(DIAGRAM, rendered);
		}
		List<String> committed = Files.exists(DIAGRAM) ? lines(Files.readString(DIAGRAM)) : List.of();
		List<String> now = lines(rendered);
		if (!committed.equals(now)) {
			List<String> gone = new ArrayList<>(committed);
			gone.removeAll(now);
			List<String> added = new ArrayList<>(now);
			added.removeAll(committed);
			fail("%s is not the module diagram of the code.%nOnly in %s: %s%nOnly in the code: %s%n"
					+ "If the change is meant, rewrite it with ./mvnw test -Dtest=ModularityTests -D%s=true "
					+ "and commit it.", DIAGRAM, DIAGRAM, gone, added, UPDATE);
		}
	}

	/**
	 * The diagram's lines in a fixed order: Modulith writes them in no particular one.
	 */
	private static List<String> lines(String text) {
		return text.lines().map(String::stripTrailing).filter(line -> !line.isEmpty()).sorted().toList();
	}

}
