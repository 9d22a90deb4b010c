package org.nextsteps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.nextsteps.release.Releases;
import org.nextsteps.system.SiteSecurity;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} of some controllers with the site's security (both filter chains)
 * and its filters and controller advice, the services they call mocked: status codes,
 * redirects, validation messages and headers without a database or a server. The release
 * module's {@link Releases} is always mocked: every page's footer asks it for the current
 * release (unstubbed, there is none and the footer says nothing).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(SiteSecurity.class)
@MockitoBean(types = Releases.class)
public @interface WebSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

	/** More beans to scan, such as a controller not visible from the test's package. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "includeFilters")
	ComponentScan.Filter[] includeFilters() default {};

}
