package org.nextsteps.content;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ContentTextRepository extends Repository<ContentText, Long> {

	List<ContentText> findAllByOrderByKindAscPositionAsc();

	java.util.Optional<ContentText> findByKindAndKey(String kind, String key);

	List<ContentText> findByKindOrderByPositionAsc(String kind);

	ContentText save(ContentText text);

	<S extends ContentText> List<S> saveAll(Iterable<S> rows);

	void deleteAll();

	void flush();

}
