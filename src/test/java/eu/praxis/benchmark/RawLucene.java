package eu.praxis.benchmark;

import static eu.praxis.searchindex.SearchDocument.AUTHOR;
import static eu.praxis.searchindex.SearchDocument.COUNTRY;
import static eu.praxis.searchindex.SearchDocument.DATE;
import static eu.praxis.searchindex.SearchDocument.FIELD_LANGUAGES;
import static eu.praxis.searchindex.SearchDocument.GROUPS;
import static eu.praxis.searchindex.SearchDocument.HIDDEN;
import static eu.praxis.searchindex.SearchDocument.KIND;
import static eu.praxis.searchindex.SearchDocument.LANGUAGE;
import static eu.praxis.searchindex.SearchDocument.OWNER;
import static eu.praxis.searchindex.SearchDocument.OWNER_ORGANISATION;
import static eu.praxis.searchindex.SearchDocument.PUBLISHED;
import static eu.praxis.searchindex.SearchDocument.THEMES;
import static eu.praxis.searchindex.SearchDocument.WHOLE_NETWORK;
import static eu.praxis.searchindex.SearchDocument.YEAR;

import eu.praxis.searchindex.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The floor: the service's query built by hand with plain Lucene on the same index directory, opened
 * with {@code DirectoryReader.open(FSDirectory.open(path))}. Same fields and boosts (titles 3, summaries
 * 2, texts 1, every language), same query-time analyzers (taken from Hibernate Search's backend), same
 * simple query syntax and AND operator, same permission filter and facet filters as FILTER clauses,
 * same sort (score, then date), top 20 with an exact total, their stored fields and ids read, and the same
 * facet counts (every facet without a selection counted in the main query; each facet with a selection
 * by one more query without its own filter, as the service counts multi-select facets). Not included:
 * highlighting, the database look-ups of names and the viewer's groups, building result records.
 */
final class RawLucene implements SearchPath, AutoCloseable {

    static final int PAGE = 20;
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.PREFIX_OPERATOR;
    private static final List<String> KEYWORD_FACETS = List.of(KIND, COUNTRY, LANGUAGE);
    private static final List<String> NUMERIC_FACETS = List.of(THEMES, GROUPS, YEAR);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SimpleQueryParser parser;
    private final Query permissions;
    private final Map<String, Long> themeIds;
    private final Sort sort;
    /** Hibernate Search keeps the entity id in binary doc values under an internal name. */
    private final String idField;

    /** @param searchAnalyzer the backend's analyzer by name */
    RawLucene(
            Path indexDirectory,
            Function<String, Analyzer> searchAnalyzer,
            Permissions viewer,
            Map<String, Long> themeIds) {
        try {
            reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
        idField = StreamSupport.stream(FieldInfos.getMergedFieldInfos(reader).spliterator(), false)
                .map(info -> info.name)
                .filter(name -> name.endsWith("id_docvalue"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no id doc values in " + indexDirectory));
        var analyzers = new HashMap<String, Analyzer>();
        var weights = new HashMap<String, Float>();
        for (var language : FIELD_LANGUAGES) {
            var analyzer = searchAnalyzer.apply(SearchDocument.analyzer(language));
            analyzers.put(SearchDocument.title(language), analyzer);
            analyzers.put(SearchDocument.summary(language), analyzer);
            analyzers.put(SearchDocument.text(language), analyzer);
            weights.put(SearchDocument.title(language), 3f);
            weights.put(SearchDocument.summary(language), 2f);
            weights.put(SearchDocument.text(language), 1f);
        }
        var perField = new PerFieldAnalyzerWrapper(
                searchAnalyzer.apply(SearchDocument.analyzer(SearchDocument.OTHER_LANGUAGE)), analyzers);
        parser = new SimpleQueryParser(perField, weights, FLAGS);
        parser.setDefaultOperator(Occur.MUST);
        permissions = permissionFilter(viewer);
        this.themeIds = themeIds;
        var byDate = new SortedNumericSortField(DATE, SortField.Type.LONG, true);
        byDate.setMissingValue(Long.MIN_VALUE);
        sort = new Sort(SortField.FIELD_SCORE, byDate);
    }

    @Override
    public String name() {
        return Report.LUCENE;
    }

    /** Queries Lucene refused (more than {@link IndexSearcher#getMaxClauseCount()} clauses once expanded). */
    final java.util.Set<String> refused = new java.util.TreeSet<>();

    @Override
    public Outcome run(BenchQuery query) {
        try {
            return search(query);
        } catch (IndexSearcher.TooManyClauses e) {
            refused.add(query.text());
            return new Outcome(-1, List.of(), 0);
        }
    }

    private Outcome search(BenchQuery query) {
        try {
            var text = parser.parse(syntax(query.text()));
            var filters = facetFilters(query);
            var unselected = new ArrayList<String>();
            var unselectedNumbers = new ArrayList<String>();
            KEYWORD_FACETS.stream().filter(f -> !filters.containsKey(f)).forEach(unselected::add);
            NUMERIC_FACETS.stream().filter(f -> !filters.containsKey(f)).forEach(unselectedNumbers::add);
            var top = new TopFieldCollectorManager(sort, PAGE, null, Integer.MAX_VALUE, false);
            var both = searcher.search(
                    root(text, filters, null),
                    new MultiCollectorManager(top, new FacetCounter(unselected, unselectedNumbers)));
            var topDocs = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            var counts = (Map<String, Map<String, Long>>) both[1];
            var buckets = counts.values().stream().mapToInt(Map::size).sum();
            for (var facet : filters.keySet()) {
                var own = KEYWORD_FACETS.contains(facet)
                        ? new FacetCounter(List.of(facet), List.of())
                        : new FacetCounter(List.of(), List.of(facet));
                buckets += searcher.search(root(text, filters, facet), own).values().stream()
                        .mapToInt(Map::size)
                        .sum();
            }
            var stored = searcher.storedFields();
            var ids = new ArrayList<Long>(topDocs.scoreDocs.length);
            var leaves = reader.leaves();
            for (var hit : topDocs.scoreDocs) {
                stored.document(hit.doc);
                var leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                var id = leaf.reader().getBinaryDocValues(idField);
                if (id == null || !id.advanceExact(hit.doc - leaf.docBase)) {
                    throw new IllegalStateException("document without id: " + hit.doc);
                }
                ids.add(Long.parseLong(id.binaryValue().utf8ToString()));
            }
            return new Outcome(topDocs.totalHits.value, List.copyOf(ids), buckets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query root(Query text, Map<String, Query> facetFilters, String without) {
        var root = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(permissions, Occur.FILTER)
                // the library scope: practices only
                .add(
                        new TermInSetQuery(KIND, List.of(new BytesRef("SHEET"), new BytesRef("CASE_STUDY"))),
                        Occur.FILTER);
        facetFilters.forEach((facet, filter) -> {
            if (!facet.equals(without)) {
                root.add(filter, Occur.FILTER);
            }
        });
        return root.build();
    }

    private Map<String, Query> facetFilters(BenchQuery query) {
        var filters = new HashMap<String, Query>();
        if (!query.kinds().isEmpty()) {
            filters.put(KIND, keywords(KIND, query.kinds()));
        }
        if (!query.themes().isEmpty()) {
            filters.put(
                    THEMES,
                    LongPoint.newSetQuery(
                            THEMES, query.themes().stream().map(themeIds::get).toList()));
        }
        if (!query.countries().isEmpty()) {
            filters.put(COUNTRY, keywords(COUNTRY, query.countries()));
        }
        if (!query.years().isEmpty()) {
            filters.put(YEAR, IntPoint.newSetQuery(YEAR, query.years()));
        }
        if (!query.languages().isEmpty()) {
            filters.put(LANGUAGE, keywords(LANGUAGE, query.languages()));
        }
        return filters;
    }

    private static Query keywords(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /**
     * published AND (whole network OR a readable group OR own OR own organisation's) AND (not hidden OR
     * own): the member's case of the service's permission filter (booleans are indexed as 1/0 int points).
     */
    private static Query permissionFilter(Permissions viewer) {
        var audience = new BooleanQuery.Builder()
                .add(IntPoint.newExactQuery(WHOLE_NETWORK, 1), Occur.SHOULD)
                .add(LongPoint.newSetQuery(GROUPS, viewer.readableGroupIds()), Occur.SHOULD)
                .add(LongPoint.newExactQuery(OWNER, viewer.personId()), Occur.SHOULD)
                .add(LongPoint.newExactQuery(OWNER_ORGANISATION, viewer.organisationId()), Occur.SHOULD)
                .build();
        var notHidden = new BooleanQuery.Builder()
                .add(IntPoint.newExactQuery(HIDDEN, 0), Occur.SHOULD)
                .add(LongPoint.newExactQuery(AUTHOR, viewer.personId()), Occur.SHOULD)
                .build();
        return new BooleanQuery.Builder()
                .add(IntPoint.newExactQuery(PUBLISHED, 1), Occur.FILTER)
                .add(audience, Occur.FILTER)
                .add(notHidden, Occur.FILTER)
                .build();
    }

    /**
     * What the service's query syntax makes of the mix's inputs: a phrase stays a phrase; several words
     * become "all in one field, or each in any field" ({@code ((a b)|(a+b))}); one word stays itself.
     */
    static String syntax(String typed) {
        if (typed.startsWith("\"")) {
            return typed;
        }
        var words = typed.strip().split("\\s+");
        return words.length == 1 ? words[0] : "((" + String.join(" ", words) + ")|(" + String.join("+", words) + "))";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
