package org.nextsteps.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LoginLockRepository extends Repository<LoginLock, String> {

	Optional<LoginLock> findById(String username);

	LoginLock save(LoginLock lock);

	@Modifying
	@Query("delete from LoginLock l where l.username = :username")
	int deleteByUsername(String username);

	@Modifying
	@Query("delete from LoginLock l where l.lockedUntil < :now")
	int deleteEnded(Instant now);

}
