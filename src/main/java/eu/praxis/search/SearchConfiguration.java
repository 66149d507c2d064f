package eu.praxis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Hibernate Search settings that need objects rather than strings: the analysis configurer of the chosen
 * backend, built with the thesaurus, and the outbox tables' mapping (see the comment in those files, DD011).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    static final String BACKEND_TYPE = "spring.jpa.properties.hibernate.search.backend.type";
    /** Lucene's limit on the clauses of one query, raised for the thesaurus' expansions (queries stay at 16 words). */
    static final int MAX_CLAUSES = 16_384;

    @Bean
    Thesaurus thesaurus(@Value("${praxis.search.thesaurus:classpath:search/thesaurus.csv}") Resource file) {
        return Thesaurus.load(file);
    }

    @Bean
    HibernatePropertiesCustomizer searchProperties(Thesaurus thesaurus, Environment environment) {
        var elasticsearch = "elasticsearch".equals(environment.getProperty(BACKEND_TYPE, "lucene"));
        var outboxEvent = resource("search/outbox-event.orm.xml");
        var agent = resource("search/agent.orm.xml");
        if (!elasticsearch) {
            // The thesaurus expands a multi-word term into every synonym, in each of the seven language fields:
            // a two-word Dutch query ("digitale gebruiksruimte") passes Lucene's default of 1,024 clauses.
            IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        }
        return properties -> {
            properties.put("hibernate.search.backend.analysis.configurer", elasticsearch
                    ? BeanReference.ofInstance(new ElasticsearchAnalysis(thesaurus))
                    : BeanReference.ofInstance(new LuceneAnalysis(thesaurus)));
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
