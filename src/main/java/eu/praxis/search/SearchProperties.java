package eu.praxis.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The search vocabularies, {@code praxis.search.*}; a {@code file:} location lets the secretariat edit them. (The
 * index folder, {@code praxis.index-dir}, is read by Hibernate Search's own configuration.)
 *
 * @param thesaurus the cross-language thesaurus (CSV)
 * @param places the gazetteer of places and their names in each language (CSV)
 */
@ConfigurationProperties("praxis.search")
public record SearchProperties(
        @DefaultValue("classpath:search/thesaurus.csv") Resource thesaurus,
        @DefaultValue("classpath:search/places.csv") Resource places) {}
