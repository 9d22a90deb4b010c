package org.nextsteps.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StaffUserRepository extends Repository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	List<StaffUser> findAllByOrderByUsernameAsc();

	StaffUser save(StaffUser user);

	long count();

	long countByRoleAndEnabledTrue(Role role);

	void flush();

}
