package org.nextsteps.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SignOffRepository extends Repository<SignOffRecord, Long> {

	SignOffRecord save(SignOffRecord signOff);

	Optional<SignOffRecord> findById(long releaseId);

	List<SignOffRecord> findByReleaseIdIn(Collection<Long> releaseIds);

}
