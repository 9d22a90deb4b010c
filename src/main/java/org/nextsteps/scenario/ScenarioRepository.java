package org.nextsteps.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ScenarioRepository extends Repository<Scenario, Long> {

	List<Scenario> findAllByOrderByIdAsc();

	Optional<Scenario> findById(Long id);

	Optional<Scenario> findByName(String name);

	Scenario save(Scenario scenario);

	void delete(Scenario scenario);

	long count();

	void flush();

}
