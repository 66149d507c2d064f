package eu.praxis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * Hibernate Search settings that need objects rather than strings: the analysis configurer of the chosen
 * backend, built with the thesaurus, and the outbox tables' mapping (see the comment in those files, DD011).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    static final String BACKEND_TYPE = "spring.jpa.properties.hibernate.search.backend.type";
    /** Lucene's limit on the clauses of one query, raised: each of up to 16 query parts is searched in 30 fields. */
    static final int MAX_CLAUSES = 16_384;

    @Bean
    Thesaurus thesaurus(SearchProperties properties) {
        return Thesaurus.load(properties.thesaurus());
    }

    @Bean
    Places places(SearchProperties properties) {
        return Places.load(properties.places());
    }

    @Bean
    Concepts concepts(Thesaurus thesaurus, Places places) {
        return new Concepts(thesaurus, places);
    }

    @Bean
    StopWords stopWords() {
        return new StopWords();
    }

    @Bean
    HibernatePropertiesCustomizer searchProperties(Concepts concepts, Environment environment) {
        var elasticsearch = "elasticsearch".equals(environment.getProperty(BACKEND_TYPE, "lucene"));
        var outboxEvent = resource("search/outbox-event.orm.xml");
        var agent = resource("search/agent.orm.xml");
        if (!elasticsearch) {
            // a 16-part query with its proximity pairs comes close to Lucene's default of 1,024 clauses
            IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        }
        return properties -> {
            properties.put(
                    "hibernate.search.backend.analysis.configurer",
                    elasticsearch
                            ? BeanReference.ofInstance(new ElasticsearchAnalysis(concepts))
                            : BeanReference.ofInstance(new LuceneAnalysis(concepts)));
            properties.put("hibernate.search.coordination.outboxevent.entity.mapping", outboxEvent);
            properties.put("hibernate.search.coordination.agent.entity.mapping", agent);
        };
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
