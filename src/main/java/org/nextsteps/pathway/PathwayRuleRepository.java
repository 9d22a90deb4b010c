package org.nextsteps.pathway;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PathwayRuleRepository extends Repository<PathwayRule, Long> {

	List<PathwayRule> findAllByOrderByPositionAsc();

	PathwayRule save(PathwayRule rule);

	long count();

}
