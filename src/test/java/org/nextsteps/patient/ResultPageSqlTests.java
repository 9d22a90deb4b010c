package org.nextsteps.patient;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.release.Releases;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Result pages and the API render from the in-memory release: not one SQL statement per
 * view.
 */
class ResultPageSqlTests extends WebTestSupport {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Assessments assessments;

	@Autowired
	SharedResults shared;

	@Autowired
	Releases releases;

	@Test
	void resultPagesRunNoSql() {
		String code = shared.code(assessments.assess(ShareCodeTests.answers()));
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		for (int i = 0; i < 5; i++) {
			assertThat(get("/r/" + code).statusCode()).isEqualTo(200);
			assertThat(get("/options/physical-therapy").statusCode()).isEqualTo(200);
		}
		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(statistics.getEntityLoadCount()).isZero();
		// the counter is live: a real read is seen
		releases.history();
		assertThat(statistics.getPrepareStatementCount()).isPositive();
	}

}
