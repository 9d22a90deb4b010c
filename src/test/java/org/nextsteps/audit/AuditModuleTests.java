package org.nextsteps.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The audit module on its own: it needs nothing from another module, and an entry commits
 * or rolls back with the transaction of the change it records.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
class AuditModuleTests implements ModuleTest {

	@Autowired
	AuditLog log;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anEntryCommitsAndRollsBackWithTheChangeItRecords() {
		long before = log.count();
		assertThatIllegalStateException().isThrownBy(() -> transactions.executeWithoutResult(status -> {
			log.record("ann", "option.update", "option", "pain-diary", List.of(new FieldChange("title", "A", "B")));
			throw new IllegalStateException("the change itself failed");
		}));
		assertThat(log.count()).as("no entry for a change that rolled back").isEqualTo(before);

		transactions
			.executeWithoutResult(status -> log.record("ann", "option.update", "option", "pain-diary", List.of()));
		assertThat(log.count()).isEqualTo(before + 1);
		assertThat(new AuditTrail(log).about("option", "pain-diary", 1)).extracting(AuditEntry::actor)
			.containsExactly("ann");
	}

}
