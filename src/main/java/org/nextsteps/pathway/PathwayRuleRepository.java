package org.nextsteps.pathway;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PathwayRuleRepository extends Repository<PathwayRule, Long> {

	List<PathwayRule> findAllByOrderByPositionAsc();

	PathwayRule save(PathwayRule rule);

	<S extends PathwayRule> List<S> saveAll(Iterable<S> rows);

	long count();

	Optional<PathwayRule> findByKey(String key);

	/**
	 * Writes pending changes now, so a lost optimistic-locking race shows up inside the
	 * caller's save.
	 */
	void flush();

}
