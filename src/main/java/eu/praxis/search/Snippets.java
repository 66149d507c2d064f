package eu.praxis.search;

import eu.praxis.searchindex.SearchDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

/**
 * Highlighted snippets for hits already found (DD018): per entity type and text language among them, one query
 * over just those hits that highlights just that language's summary and text fields. Highlighting inside the
 * search query itself would run the fast-vector highlighter over the summary and text fields of every language
 * for every hit, each time reading the whole query: more than half of a search's time, for fields that are empty
 * in all but one language. Each language gets its own terms of the concepts the query names (DD019), so that
 * "harm reduction" marks "réduction des risques" in a French text.
 */
final class Snippets {

    static final int LENGTH = 200;
    /**
     * The syntax of {@link QueryPlan#highlight}: words and prefixes, any of them. Phrases are marked word by
     * word: the fast-vector highlighter marks nothing of a phrase whose stop words left gaps ("réduction des
     * risques"), and the hits were found with the phrases.
     */
    private static final SimpleQueryFlag[] FLAGS = {SimpleQueryFlag.OR, SimpleQueryFlag.PREFIX};

    /** A hit to make a snippet for; {@code type} is its indexed entity class. */
    record Source(Class<?> type, long id, String language) {}

    private record Batch(Class<?> type, String fieldLanguage) {}

    private record Highlighted(long id, @Nullable String snippet) {}

    private Snippets() {}

    /**
     * The best fragment of each source's summary or text for what is to be marked in its language, by source;
     * sources whose texts do not contain it are left out.
     *
     * @param marked by field language, the words, phrases and concept terms to mark, in the simple query syntax
     */
    static Map<Source, String> of(SearchSession session, Collection<Source> sources, Function<String, String> marked) {
        var result = new HashMap<Source, String>();
        if (sources.isEmpty()) {
            return result;
        }
        var batches = sources.stream()
                .collect(Collectors.groupingBy(s -> new Batch(s.type(), SearchDocument.fieldLanguage(s.language()))));
        batches.forEach((batch, members) -> {
            var syntax = marked.apply(batch.fieldLanguage());
            if (syntax.isBlank()) {
                return;
            }
            var byId = members.stream().collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
            var summary = SearchDocument.summary(batch.fieldLanguage());
            var text = SearchDocument.text(batch.fieldLanguage());
            var scope = session.scope(List.<Class<?>>of(batch.type()));
            var hits = session.search(scope)
                    .select(f -> f.composite()
                            .from(f.id(Long.class), f.highlight(summary), f.highlight(text))
                            .as((id, inSummary, inText) -> new Highlighted(id, best(inSummary, inText))))
                    // every requested hit, highlighted where the words occur
                    .where(f -> f.bool()
                            .must(f.id().matchingAny(byId.keySet()))
                            .should(f.simpleQueryString()
                                    .fields(summary, text)
                                    .matching(syntax)
                                    .defaultOperator(BooleanOperator.OR)
                                    .flags(FLAGS)))
                    .highlighter(h -> h.fastVector()
                            .fragmentSize(LENGTH)
                            .numberOfFragments(1)
                            .noMatchSize(0)
                            .tag("<mark>", "</mark>")
                            .encoder(HighlighterEncoder.HTML))
                    .fetchHits(byId.size());
            for (var hit : hits) {
                if (hit.snippet() != null) {
                    result.put(byId.get(hit.id()), hit.snippet());
                }
            }
        });
        return result;
    }

    /** The fragment with the most marked words; the summary wins a tie. */
    private static @Nullable String best(List<String> inSummary, List<String> inText) {
        var fragments = new ArrayList<>(inSummary);
        fragments.addAll(inText);
        String best = null;
        int bestMarks = 0;
        for (var fragment : fragments) {
            int marks = (fragment.length() - fragment.replace("<mark>", "").length()) / "<mark>".length();
            if (marks > bestMarks) {
                best = fragment;
                bestMarks = marks;
            }
        }
        return best;
    }
}
