package org.nextsteps.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StaffUserRepository extends Repository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	/** The one query of every staff request (by the unique, indexed username). */
	@Query("select new org.nextsteps.account.AccountStanding(u.enabled, u.role, u.sessionsValidAfter) "
			+ "from StaffUser u where u.username = :username")
	Optional<AccountStanding> standingOf(String username);

	List<StaffUser> findAllByOrderByUsernameAsc();

	StaffUser save(StaffUser user);

	long count();

	long countByRoleAndEnabledTrue(Role role);

	void flush();

}
