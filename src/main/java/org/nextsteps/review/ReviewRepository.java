package org.nextsteps.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReviewRepository extends Repository<ReviewRecord, Long> {

	ReviewRecord save(ReviewRecord review);

	Optional<ReviewRecord> findById(long id);

	Optional<ReviewRecord> findFirstByOrderByIdDesc();

	List<ReviewRecord> findByStateIn(List<String> states);

	void flush();

}
