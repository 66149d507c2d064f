package eu.praxis.search;

import static eu.praxis.searchindex.SearchDocument.CITY;
import static eu.praxis.searchindex.SearchDocument.COUNTRY;
import static eu.praxis.searchindex.SearchDocument.DATE;
import static eu.praxis.searchindex.SearchDocument.DELETED;
import static eu.praxis.searchindex.SearchDocument.DISPLAY_SUMMARY;
import static eu.praxis.searchindex.SearchDocument.DISPLAY_TITLE;
import static eu.praxis.searchindex.SearchDocument.EVIDENCE_LEVEL;
import static eu.praxis.searchindex.SearchDocument.GROUPS;
import static eu.praxis.searchindex.SearchDocument.HIDDEN;
import static eu.praxis.searchindex.SearchDocument.KIND;
import static eu.praxis.searchindex.SearchDocument.LANGUAGE;
import static eu.praxis.searchindex.SearchDocument.SLUG;
import static eu.praxis.searchindex.SearchDocument.THEMES;
import static eu.praxis.searchindex.SearchDocument.YEAR;

import eu.praxis.call.Call;
import eu.praxis.call.CallPaths;
import eu.praxis.discussion.DiscussionPaths;
import eu.praxis.discussion.DiscussionThread;
import eu.praxis.event.Event;
import eu.praxis.event.EventPaths;
import eu.praxis.group.GroupDirectory;
import eu.praxis.organisation.Countries;
import eu.praxis.practice.EvidenceLevel;
import eu.praxis.practice.Practice;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.practice.PracticePaths;
import eu.praxis.practice.PracticePolicy.Viewer;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.Project;
import eu.praxis.project.ProjectPaths;
import eu.praxis.publication.Publication;
import eu.praxis.publication.PublicationPaths;
import eu.praxis.search.QueryPredicates.Match;
import eu.praxis.searchindex.SearchDocument;
import eu.praxis.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@link SearchService}: one Hibernate Search query per page, whose root predicate always carries
 * {@link SearchPermissions}' filter, so that hits, totals, facet counts and snippets only ever come from what
 * the searcher may see. Facets are counted "multi-select": a facet with a selection is counted by one more
 * query with every other facet's filter but not its own, so that its other values keep their counts.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
class LibrarySearch implements SearchService {

    private static final Logger log = LoggerFactory.getLogger(LibrarySearch.class);
    static final int MAX_LIMIT = 200;
    /** Deep paging costs the index more than anyone reads; export uses {@link #forEachHit}. */
    static final int MAX_OFFSET = 10_000;

    private static final int SIMILAR_TERMS = 25;

    private final EntityManager entityManager;
    private final SearchPermissions permissions;
    private final GroupDirectory groups;
    private final ThemeService themes;
    private final Thesaurus thesaurus;
    private final Concepts concepts;
    private final StopWords stopWords;
    private final Spelling spelling;
    private final MessageSource messages;

    LibrarySearch(
            EntityManager entityManager,
            SearchPermissions permissions,
            GroupDirectory groups,
            ThemeService themes,
            Thesaurus thesaurus,
            Concepts concepts,
            StopWords stopWords,
            Spelling spelling,
            MessageSource messages) {
        this.entityManager = entityManager;
        this.permissions = permissions;
        this.groups = groups;
        this.themes = themes;
        this.thesaurus = thesaurus;
        this.concepts = concepts;
        this.stopWords = stopWords;
        this.spelling = spelling;
        this.messages = messages;
    }

    /** The text of a search: the plan of the query, and how its optional units count. */
    private record Text(QueryPlan plan, Match match) {}

    /** One page as the index returns it, before names are looked up. */
    private record Page(List<Row> rows, long total, Map<FacetField, Map<Object, Long>> counts) {}

    /** One hit as the index returns it, before names are looked up and its snippet is made. */
    private record Row(
            String kind,
            long id,
            String title,
            String summary,
            String slug,
            @Nullable String city,
            @Nullable String country,
            @Nullable Integer year,
            String language,
            @Nullable Instant date,
            List<Long> themeIds,
            List<Long> groupIds,
            float score,
            boolean hidden,
            boolean deleted,
            @Nullable String evidenceLevel) {

        Snippets.Source source() {
            return new Snippets.Source(
                    switch (ResultKind.valueOf(kind)) {
                        case THREAD -> DiscussionThread.class;
                        case EVENT -> Event.class;
                        case PROJECT -> Project.class;
                        case CALL -> Call.class;
                        case PUBLICATION -> Publication.class;
                        case SHEET, CASE_STUDY -> Practice.class;
                    },
                    id,
                    language);
        }
    }

    /** Display names of the themes and groups of a page and its facets, looked up once. */
    private record Names(Map<Long, ThemeItem> themes, Map<Long, String> groups, Locale locale) {

        @Nullable
        String theme(Object id) {
            var theme = themes.get((Long) id);
            return theme == null ? null : theme.name(locale);
        }

        @Nullable
        String group(Object id) {
            return groups.get((Long) id);
        }
    }

    @Override
    public SearchResults search(SearchRequest request, int offset, int limit) {
        var viewer = permissions.viewer();
        var from = Math.clamp(offset, 0, MAX_OFFSET);
        var size = Math.clamp(limit, 1, MAX_LIMIT);
        try {
            var scope = scope(request.scope());
            var text = new Text(plan(request.query()), Match.STRICT);
            var page = page(scope, viewer, text, request, from, size);
            String corrected = null;
            if (page.total() == 0 && text.plan().hasPositive()) {
                // nothing found: perhaps a word is misspelt; the query as the library spells its words
                var spelt = spelling.corrected(request.query(), types(request.scope()));
                if (spelt.isPresent()) {
                    var respelt = new Text(plan(spelt.get()), Match.STRICT);
                    var retry = page(scope, viewer, respelt, request, from, size);
                    if (retry.total() > 0) {
                        corrected = spelt.get();
                        text = respelt;
                        page = retry;
                    }
                }
            }
            var fullMatches = page.total();
            if (fullMatches < from + size && text.plan().hasPositive()) {
                // fewer texts match the query than the page holds: those that match part of it follow them
                var blended = new Text(text.plan(), Match.BLENDED);
                var more = page(scope, viewer, blended, request, from, size);
                if (more.total() > fullMatches) {
                    text = blended;
                    page = more;
                }
            }
            if (page.total() == 0 && !text.plan().units(QuerySyntax.Occur.MUST).isEmpty()) {
                // what the quotes or plus signs require, no text has: the same words, without the requirement
                var loosened = new Text(text.plan().loosened(), Match.BLENDED);
                page = page(scope, viewer, loosened, request, from, size);
                text = loosened;
            }
            var suggestions = page.total() == 0 ? suggestions(scope, viewer, text, request) : List.<String>of();
            var names = names(
                    page.rows(),
                    page.counts().getOrDefault(FacetField.THEME_IDS, Map.of()).keySet(),
                    page.counts().getOrDefault(FacetField.GROUP_IDS, Map.of()).keySet());
            return new SearchResults(
                    hits(page.rows(), text.plan(), names),
                    page.total(),
                    facets(page.counts(), names),
                    suggestions,
                    corrected,
                    fullMatches);
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            // The query is ours (QueryPlan), so this should not happen; never an error page for a search.
            log.warn("Search failed for query of {} characters", request.query().length(), e);
            return new SearchResults(List.of(), 0, emptyFacets(), List.of(message("search.error.query")), null, 0);
        }
    }

    private QueryPlan plan(String query) {
        return QueryPlan.of(QuerySyntax.parse(query), concepts, stopWords);
    }

    /** One page with its total and its facet counts ("multi-select": see the class comment). */
    private Page page(SearchScope<?> scope, Viewer viewer, Text text, SearchRequest request, int from, int size) {
        var keys = new EnumMap<FacetField, AggregationKey<Map<Object, Long>>>(FacetField.class);
        var query = Search.session(entityManager)
                .search(scope)
                .select(row(scope.projection()))
                .where(root(scope.predicate(), viewer, text, request, null))
                .sort(sort(scope.sort(), request, text.plan()));
        for (var facet : FacetField.values()) {
            keys.put(facet, AggregationKey.of(facet.name()));
            query.aggregation(keys.get(facet), facet.aggregation(scope.aggregation()));
        }
        var result = query.fetch(from, size);
        var counts = new EnumMap<FacetField, Map<Object, Long>>(FacetField.class);
        for (var facet : FacetField.values()) {
            counts.put(
                    facet,
                    facet.selected(request)
                            ? countWithoutOwnFilter(scope, viewer, text, request, facet)
                            : result.aggregation(keys.get(facet)));
        }
        return new Page(result.hits(), result.total().hitCount(), counts);
    }

    @Override
    public void forEachHit(SearchRequest request, Consumer<SearchHit> sink) {
        var viewer = permissions.viewer();
        var text = new Text(plan(request.query()), Match.STRICT);
        var scope = scope(request.scope());
        var query = Search.session(entityManager)
                .search(scope)
                .select(row(scope.projection()))
                .where(root(scope.predicate(), viewer, text, request, null))
                .sort(sort(scope.sort(), request, text.plan()));
        try (var scroll = query.scroll(100)) {
            for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                var rows = chunk.hits();
                hits(rows, text.plan(), names(rows, Set.of(), Set.of())).forEach(sink);
            }
        }
    }

    @Override
    public List<SearchHit> similarPractices(PracticeDetails source, int max) {
        var practiceId = source.id();
        var viewer = permissions.viewer();
        var terms = significantWords(source.title() + " " + source.title() + " " + source.summary(), source.language());
        if (terms.isEmpty() && source.themes().isEmpty()) {
            return List.of();
        }
        var themeIds = source.themes().stream().map(ThemeItem::id).toList();
        var scope = Search.session(entityManager).scope(Practice.class);
        var f = scope.predicate();
        var like = f.bool();
        if (!terms.isEmpty()) {
            // any of its words or of the concepts they name, in any language
            var words = f.bool();
            QueryPredicates.addTo(words, f, plan(String.join(" ", terms)), Match.BLENDED);
            like.should(words);
        }
        if (!themeIds.isEmpty()) {
            like.should(f.terms().field(THEMES).matchingAny(themeIds).boost(0.5f));
        }
        var predicate = f.bool()
                .filter(permissions.filter(f, viewer))
                .mustNot(f.id().matching(practiceId))
                .must(like)
                .toPredicate();
        try {
            var rows = Search.session(entityManager)
                    .search(scope)
                    .select(row(scope.projection()))
                    .where(predicate)
                    .fetchHits(Math.clamp(max, 1, 50));
            // nothing typed, nothing to highlight: the summaries' starts
            return hits(rows, plan(""), names(rows, Set.of(), Set.of()));
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            // a side section of the practice page: without it the page still shows the practice
            log.warn("Similar practices of practice {} could not be searched", practiceId, e);
            return List.of();
        }
    }

    private static List<Class<?>> types(eu.praxis.search.SearchScope scope) {
        return scope == eu.praxis.search.SearchScope.LIBRARY
                ? List.of(Practice.class)
                : List.of(
                        Practice.class,
                        DiscussionThread.class,
                        Event.class,
                        Project.class,
                        Call.class,
                        Publication.class);
    }

    private SearchScope<?> scope(eu.praxis.search.SearchScope scope) {
        return Search.session(entityManager).scope(types(scope));
    }

    /** Permissions, text and every facet filter except {@code without}'s. */
    private SearchPredicate root(
            SearchPredicateFactory f, Viewer viewer, Text text, SearchRequest request, @Nullable FacetField without) {
        var bool = f.bool().filter(permissions.filter(f, viewer));
        QueryPredicates.addTo(bool, f, text.plan(), text.match());
        for (var facet : FacetField.values()) {
            if (facet != without && facet.selected(request)) {
                bool.filter(facet.filter(f, request));
            }
        }
        if (request.scope() == eu.praxis.search.SearchScope.LIBRARY) {
            bool.filter(
                    f.terms().field(KIND).matchingAny(List.of(ResultKind.SHEET.name(), ResultKind.CASE_STUDY.name())));
        }
        return bool.toPredicate();
    }

    private Map<Object, Long> countWithoutOwnFilter(
            SearchScope<?> scope, Viewer viewer, Text text, SearchRequest request, FacetField facet) {
        var key = AggregationKey.<Map<Object, Long>>of(facet.name());
        var result = Search.session(entityManager)
                .search(scope)
                .where(root(scope.predicate(), viewer, text, request, facet))
                .aggregation(key, facet.aggregation(scope.aggregation()))
                .fetch(0);
        return result.aggregation(key);
    }

    private static SearchSort sort(SearchSortFactory f, SearchRequest request, QueryPlan plan) {
        var sort = !plan.hasPositive() && request.sort() == eu.praxis.search.SearchSort.RELEVANCE
                ? eu.praxis.search.SearchSort.NEWEST
                : request.sort();
        return switch (sort) {
            case RELEVANCE ->
                f.score().then().field(DATE).desc().missing().last().toSort();
            case NEWEST -> f.field(DATE).desc().missing().last().then().score().toSort();
            case OLDEST -> f.field(DATE).asc().missing().last().then().score().toSort();
        };
    }

    private static SearchProjection<Row> row(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        f.field(KIND, String.class),
                        f.id(Long.class),
                        f.field(DISPLAY_TITLE, String.class),
                        f.field(DISPLAY_SUMMARY, String.class),
                        f.field(SLUG, String.class),
                        f.field(CITY, String.class),
                        f.field(COUNTRY, String.class),
                        f.field(YEAR, Integer.class),
                        f.field(LANGUAGE, String.class),
                        f.field(DATE, Instant.class),
                        f.field(THEMES, Long.class).multi(),
                        f.field(GROUPS, Long.class).multi(),
                        f.score(),
                        f.field(HIDDEN, Boolean.class),
                        f.field(DELETED, Boolean.class),
                        f.field(EVIDENCE_LEVEL, String.class))
                // documents indexed before the moderation flags were stored have none: not moderated then
                .asList(b -> new Row(
                        (String) b.get(0),
                        (Long) b.get(1),
                        (String) b.get(2),
                        (String) b.get(3),
                        (String) b.get(4),
                        (String) b.get(5),
                        (String) b.get(6),
                        (Integer) b.get(7),
                        (String) b.get(8),
                        (Instant) b.get(9),
                        longs(b.get(10)),
                        longs(b.get(11)),
                        (Float) b.get(12),
                        Boolean.TRUE.equals(b.get(13)),
                        Boolean.TRUE.equals(b.get(14)),
                        (String) b.get(15)))
                .toProjection();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longs(Object value) {
        return (List<Long>) value;
    }

    /** The names of the rows' themes and groups and of the facets' values, in one look-up each. */
    private Names names(List<Row> rows, Set<Object> facetThemeIds, Set<Object> facetGroupIds) {
        var themeIds = new HashSet<Long>();
        var groupIds = new HashSet<Long>();
        rows.forEach(r -> {
            themeIds.addAll(r.themeIds());
            groupIds.addAll(r.groupIds());
        });
        facetThemeIds.forEach(id -> themeIds.add((Long) id));
        facetGroupIds.forEach(id -> groupIds.add((Long) id));
        return new Names(
                themes.items(themeIds),
                groups.groupNames(groupIds),
                CurrentUser.require().language());
    }

    private List<SearchHit> hits(List<Row> rows, QueryPlan plan, Names names) {
        var snippets = Snippets.of(
                Search.session(entityManager),
                rows.stream().map(Row::source).toList(),
                language -> plan.highlight(language, concepts, stopWords));
        return rows.stream()
                .map(r -> {
                    var kind = ResultKind.valueOf(r.kind());
                    // the API has always given the hits' paths from the root
                    var path = "/"
                            + switch (kind) {
                                case THREAD -> DiscussionPaths.thread(r.id());
                                case EVENT -> EventPaths.event(r.id());
                                case PROJECT -> ProjectPaths.project(r.id());
                                case CALL -> CallPaths.call(r.id());
                                case PUBLICATION -> PublicationPaths.publication(r.id());
                                case SHEET, CASE_STUDY -> PracticePaths.practice(r.id(), r.slug());
                            };
                    var snippet = snippets.getOrDefault(r.source(), HtmlUtils.htmlEscape(start(r.summary())));
                    return new SearchHit(
                            kind,
                            r.id(),
                            r.title(),
                            snippet,
                            path,
                            r.city(),
                            r.country(),
                            r.year(),
                            r.language(),
                            r.date(),
                            r.themeIds().stream()
                                    .map(names::theme)
                                    .filter(Objects::nonNull)
                                    .toList(),
                            r.groupIds().stream()
                                    .map(names::group)
                                    .filter(Objects::nonNull)
                                    .toList(),
                            r.score(),
                            r.hidden(),
                            r.deleted(),
                            r.evidenceLevel() == null
                                    ? null
                                    : EvidenceLevel.ofCode(r.evidenceLevel()).orElse(null));
                })
                .toList();
    }

    /** The summary's start, cut at a word near {@link Snippets#LENGTH}. */
    private static String start(String summary) {
        if (summary.length() <= Snippets.LENGTH) {
            return summary;
        }
        int cut = summary.lastIndexOf(' ', Snippets.LENGTH);
        return summary.substring(0, cut > Snippets.LENGTH / 2 ? cut : Snippets.LENGTH) + "…";
    }

    private SearchFacets facets(Map<FacetField, Map<Object, Long>> counts, Names names) {
        var locale = names.locale();
        return new SearchFacets(
                values(counts.get(FacetField.KINDS), k -> message("search.kind." + k)),
                values(counts.get(FacetField.THEME_IDS), names::theme),
                values(counts.get(FacetField.GROUP_IDS), names::group),
                values(counts.get(FacetField.COUNTRIES), k -> Countries.name((String) k, locale)),
                values(counts.get(FacetField.CITIES), String::valueOf),
                values(counts.get(FacetField.YEARS), String::valueOf),
                values(
                        counts.get(FacetField.LANGUAGES),
                        k -> SearchDocument.OTHER_LANGUAGE.equals(k)
                                ? message("search.language.other")
                                : PracticeLanguages.name((String) k, locale)),
                values(counts.get(FacetField.EVIDENCE_LEVELS), k -> message("practice.evidence-level." + k)));
    }

    /** Values by count, then label; values without a label (a group the viewer may not see) are left out. */
    private static List<FacetValue> values(
            @Nullable Map<Object, Long> counts, Function<Object, @Nullable String> label) {
        if (counts == null) {
            return List.of();
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> {
                    var text = label.apply(e.getKey());
                    return text == null ? null : new FacetValue(String.valueOf(e.getKey()), text, e.getValue());
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label))
                .toList();
    }

    private static SearchFacets emptyFacets() {
        return new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** When nothing matched: how many without the facet filters, and the thesaurus' terms for the words typed. */
    private List<String> suggestions(SearchScope<?> scope, Viewer viewer, Text text, SearchRequest request) {
        var result = new ArrayList<String>();
        if (Stream.of(FacetField.values()).anyMatch(facet -> facet.selected(request))) {
            var unfiltered = SearchRequest.of(request.query(), request.scope());
            var count = Search.session(entityManager)
                    .search(scope)
                    .where(root(scope.predicate(), viewer, text, unfiltered, null))
                    .fetchTotalHitCount();
            if (count > 0) {
                result.add(message("search.suggestion.without-filters", count));
            }
        }
        thesaurus
                .preferredTermsFor(request.query(), CurrentUser.require().language())
                .forEach(term -> result.add(message("search.suggestion.term", term)));
        return result;
    }

    /** The words of a text that say most about it: frequent, not stop words, not too short. */
    static List<String> significantWords(String text, String language) {
        var stops = new HashSet<>(LanguageAnalyzer.stopWords(SearchDocument.fieldLanguage(language)));
        var counts = new LinkedHashMap<String, Integer>();
        for (var word : QuerySyntax.words(text)) {
            var folded = QuerySyntax.fold(word);
            if (folded.length() >= 4
                    && !stops.contains(folded)
                    && folded.chars().anyMatch(Character::isLetter)) {
                counts.merge(folded, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(SIMILAR_TERMS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, CurrentUser.require().language());
    }
}
