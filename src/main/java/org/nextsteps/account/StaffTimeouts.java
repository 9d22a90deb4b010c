package org.nextsteps.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a staff session may last ({@code nextsteps.staff.session.*}) however busy it
 * is: {@code absoluteTimeout} after it was made at sign-in, the next request goes to the
 * sign-in page. (A session idle for {@code spring.session.timeout} ends before that.)
 */
@ConfigurationProperties("nextsteps.staff.session")
record StaffTimeouts(@DefaultValue("12h") Duration absoluteTimeout) {

}
