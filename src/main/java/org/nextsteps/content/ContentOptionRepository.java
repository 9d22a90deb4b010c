package org.nextsteps.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ContentOptionRepository extends Repository<ContentOption, Long> {

	List<ContentOption> findAllByOrderByPositionAsc();

	Optional<ContentOption> findBySlug(String slug);

	ContentOption save(ContentOption option);

	<S extends ContentOption> List<S> saveAll(Iterable<S> rows);

	long count();

	void deleteAll();

	/**
	 * Writes pending changes now, so a lost optimistic-locking race shows up inside the
	 * caller's save.
	 */
	void flush();

}
