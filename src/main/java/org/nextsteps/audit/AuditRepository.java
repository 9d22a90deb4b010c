package org.nextsteps.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Insert and read only: there is no update or delete, because the audit log is kept
 * forever.
 */
interface AuditRepository extends Repository<AuditRecord, Long> {

	AuditRecord save(AuditRecord record);

	List<AuditRecord> findAllByOrderByIdDesc(Pageable page);

	long count();

	@org.springframework.data.jpa.repository.Query("select distinct r.actor from AuditRecord r where r.occurredAt > :since and r.subjectType in :types")
	java.util.Set<String> actorsSince(java.time.Instant since, java.util.Collection<String> types);

}
