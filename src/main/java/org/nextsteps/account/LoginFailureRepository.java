package org.nextsteps.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LoginFailureRepository extends Repository<LoginFailure, Long> {

	LoginFailure save(LoginFailure failure);

	long countByUsernameAndFailedAtAfter(String username, Instant after);

	// Bulk deletes run at once, in order with the inserts around them.
	@Modifying
	@Query("delete from LoginFailure f where f.username = :username")
	int deleteByUsername(String username);

	@Modifying
	@Query("delete from LoginFailure f where f.failedAt < :before")
	int deleteOlderThan(Instant before);

}
