package org.nextsteps.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentTranslationRepository extends JpaRepository<ContentTranslation, Long> {

	List<ContentTranslation> findByLanguage(String language);

	java.util.Optional<ContentTranslation> findByLanguageAndSourceHash(String language, String sourceHash);

}
