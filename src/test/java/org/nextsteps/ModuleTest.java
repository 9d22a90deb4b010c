package org.nextsteps;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For an {@code @ApplicationModuleTest} in a module's package: its context holds beans of
 * that module only, so the module starts without the others (their services it uses are
 * mocked in the test). No other test class shares that context: it is closed after the
 * class, not kept in the cache.
 */
@DirtiesContext
public interface ModuleTest {

	String ROOT = NextStepsApplication.class.getPackageName() + ".";

	@Test
	default void startsWithoutTheOtherModules(@Autowired ApplicationContext context) {
		String module = getClass().getPackageName().substring(ROOT.length());
		assertThat(modulesWithBeansIn(context)).as("modules with beans in the context of %s", module)
			.isSubsetOf(module);
	}

	/**
	 * The modules (top-level packages under org.nextsteps) with a bean in this context,
	 * mocks aside; the application class itself is no module's.
	 */
	static Set<String> modulesWithBeansIn(ApplicationContext context) {
		Set<String> modules = new TreeSet<>();
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name);
			String module = type != null && type.getName().startsWith(ROOT) ? type.getName().substring(ROOT.length())
					: "";
			if (module.contains(".") && !Mockito.mockingDetails(context.getBean(name)).isMock()) {
				modules.add(module.substring(0, module.indexOf('.')));
			}
		}
		return modules;
	}

}
