package org.nextsteps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * A JPA slice of the stores editors write through, the draft content, the draft rules and
 * the audit log, with their repositories on an in-memory H2 that Flyway's migrations made
 * (and {@code ddl-auto=validate} checked): no web layer, no other service. Every test
 * class with this annotation shares one context; each test runs in a transaction that is
 * rolled back at its end.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(showSql = false)
@Import({ ContentDrafts.class, RuleDrafts.class, AuditLog.class })
public @interface StoreTest {

}
