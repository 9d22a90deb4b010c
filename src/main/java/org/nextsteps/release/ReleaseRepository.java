package org.nextsteps.release;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Releases are only ever inserted and read: there is no update or delete here, and the
 * database refuses both.
 */
interface ReleaseRepository extends Repository<ReleaseEntity, Long> {

	Optional<ReleaseEntity> findById(Long id);

	Optional<ReleaseEntity> findFirstByOrderByIdDesc();

	/** The history without the (large) snapshots. */
	@Query("select new org.nextsteps.release.ReleaseInfo(r.id, r.publishedAt, r.publishedBy, r.note, r.checksum) "
			+ "from ReleaseEntity r order by r.id desc")
	List<ReleaseInfo> history();

	@Query("select coalesce(max(r.id), 0) from ReleaseEntity r")
	long latestId();

	/**
	 * Inserts a new release ({@link ReleaseEntity#isNew()} is true): a taken id is a
	 * duplicate key, never an update.
	 */
	ReleaseEntity saveAndFlush(ReleaseEntity release);

}
