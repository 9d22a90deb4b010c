package org.nextsteps.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface AuditChangeRepository extends Repository<AuditChangeRecord, Long> {

	AuditChangeRecord save(AuditChangeRecord change);

	List<AuditChangeRecord> findByEntryIdInOrderByEntryIdAscPositionAsc(Collection<Long> entryIds);

}
