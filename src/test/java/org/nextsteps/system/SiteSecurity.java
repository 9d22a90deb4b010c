package org.nextsteps.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The site's two filter chains (staff and patient) for web slices of any module's
 * controllers, so a slice answers as the site does: the same redirects to sign in, CSRF
 * and headers.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SiteSecurity {

}
