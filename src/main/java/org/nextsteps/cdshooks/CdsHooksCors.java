package org.nextsteps.cdshooks;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CDS clients may call from a browser on the EHR's own origin: any origin may read
 * discovery and call the service, with GET and POST, and without credentials (no cookie
 * is ever sent or set, so no origin gains anything another does not have).
 */
@Configuration(proxyBeanMethods = false)
class CdsHooksCors implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/cds-services/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "POST")
			.allowedHeaders("Authorization", "Content-Type", "Accept")
			.allowCredentials(false)
			.maxAge(3600);
	}

}
