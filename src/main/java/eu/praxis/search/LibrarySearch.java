package eu.praxis.search;

import static eu.praxis.base.SearchDocument.CITY;
import static eu.praxis.base.SearchDocument.COUNTRY;
import static eu.praxis.base.SearchDocument.DATE;
import static eu.praxis.base.SearchDocument.DELETED;
import static eu.praxis.base.SearchDocument.DISPLAY_SUMMARY;
import static eu.praxis.base.SearchDocument.DISPLAY_TITLE;
import static eu.praxis.base.SearchDocument.FIELD_LANGUAGES;
import static eu.praxis.base.SearchDocument.GROUPS;
import static eu.praxis.base.SearchDocument.HIDDEN;
import static eu.praxis.base.SearchDocument.KIND;
import static eu.praxis.base.SearchDocument.LANGUAGE;
import static eu.praxis.base.SearchDocument.SLUG;
import static eu.praxis.base.SearchDocument.THEMES;
import static eu.praxis.base.SearchDocument.YEAR;

import eu.praxis.base.SearchDocument;
import eu.praxis.discussion.DiscussionThread;
import eu.praxis.event.Event;
import eu.praxis.group.GroupService;
import eu.praxis.organisation.Countries;
import eu.praxis.practice.Practice;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.practice.PracticePolicy.Viewer;
import eu.praxis.practice.PracticeService;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
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
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.projection.SearchProjection;
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

    private enum Facet {
        KINDS, THEMES, GROUPS, COUNTRIES, YEARS, LANGUAGES
    }

    private final EntityManager entityManager;
    private final SearchPermissions permissions;
    private final GroupService groups;
    private final ThemeService themes;
    private final PracticeService practices;
    private final Thesaurus thesaurus;
    private final MessageSource messages;

    LibrarySearch(EntityManager entityManager, SearchPermissions permissions, GroupService groups,
            ThemeService themes, PracticeService practices, Thesaurus thesaurus, MessageSource messages) {
        this.entityManager = entityManager;
        this.permissions = permissions;
        this.groups = groups;
        this.themes = themes;
        this.practices = practices;
        this.thesaurus = thesaurus;
        this.messages = messages;
    }

    /** One hit as the index returns it, before names are looked up and its snippet is made. */
    private record Row(String kind, long id, String title, String summary, String slug, @Nullable String city,
            @Nullable String country, @Nullable Integer year, String language, @Nullable Instant date,
            List<Long> themeIds, List<Long> groupIds, float score, boolean hidden, boolean deleted) {

        Snippets.Source source() {
            return new Snippets.Source(switch (ResultKind.valueOf(kind)) {
                case THREAD -> DiscussionThread.class;
                case EVENT -> Event.class;
                case SHEET, CASE_STUDY -> Practice.class;
            }, id, language);
        }
    }

    /** Display names of the themes and groups of a page and its facets, looked up once. */
    private record Names(Map<Long, ThemeItem> themes, Map<Long, String> groups, Locale locale) {

        @Nullable String theme(Object id) {
            var theme = themes.get((Long) id);
            return theme == null ? null : theme.name(locale);
        }

        @Nullable String group(Object id) {
            return groups.get((Long) id);
        }
    }

    @Override
    public SearchResults search(SearchRequest request, int offset, int limit) {
        var viewer = permissions.viewer();
        var parsed = QuerySyntax.parse(request.query());
        var from = Math.clamp(offset, 0, MAX_OFFSET);
        var size = Math.clamp(limit, 1, MAX_LIMIT);
        try {
            var scope = scope(request.scope());
            var keys = new EnumMap<Facet, AggregationKey<Map<Object, Long>>>(Facet.class);
            for (var facet : Facet.values()) {
                keys.put(facet, AggregationKey.of(facet.name()));
            }
            var a = scope.aggregation();
            // counts of a facet with a selection are replaced below (multi-select)
            var result = Search.session(entityManager).search(scope)
                    .select(row(scope.projection()))
                    .where(root(scope.predicate(), viewer, parsed, request, null))
                    .aggregation(keys.get(Facet.KINDS), aggregation(a, Facet.KINDS))
                    .aggregation(keys.get(Facet.THEMES), aggregation(a, Facet.THEMES))
                    .aggregation(keys.get(Facet.GROUPS), aggregation(a, Facet.GROUPS))
                    .aggregation(keys.get(Facet.COUNTRIES), aggregation(a, Facet.COUNTRIES))
                    .aggregation(keys.get(Facet.YEARS), aggregation(a, Facet.YEARS))
                    .aggregation(keys.get(Facet.LANGUAGES), aggregation(a, Facet.LANGUAGES))
                    .sort(sort(scope.sort(), request, parsed))
                    .fetch(from, size);
            var counts = new EnumMap<Facet, Map<Object, Long>>(Facet.class);
            for (var facet : Facet.values()) {
                counts.put(facet, selected(request, facet)
                        ? countWithoutOwnFilter(scope, viewer, parsed, request, facet)
                        : result.aggregation(keys.get(facet)));
            }
            var total = result.total().hitCount();
            var suggestions = total == 0 ? suggestions(scope, viewer, parsed, request) : List.<String>of();
            var rows = result.hits();
            var names = names(rows, counts.getOrDefault(Facet.THEMES, Map.of()).keySet(),
                    counts.getOrDefault(Facet.GROUPS, Map.of()).keySet());
            return new SearchResults(hits(rows, parsed, names), total, facets(counts, names), suggestions);
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            // The query is ours (QuerySyntax), so this should not happen; never an error page for a search.
            log.warn("Search failed for query of {} characters", request.query().length(), e);
            return new SearchResults(List.of(), 0, emptyFacets(), List.of(message("search.error.query")));
        }
    }

    @Override
    public void forEachHit(SearchRequest request, Consumer<SearchHit> sink) {
        var viewer = permissions.viewer();
        var parsed = QuerySyntax.parse(request.query());
        var scope = scope(request.scope());
        var query = Search.session(entityManager).search(scope)
                .select(row(scope.projection()))
                .where(root(scope.predicate(), viewer, parsed, request, null))
                .sort(sort(scope.sort(), request, parsed));
        try (var scroll = query.scroll(100)) {
            for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                var rows = chunk.hits();
                hits(rows, parsed, names(rows, Set.of(), Set.of())).forEach(sink);
            }
        }
    }

    @Override
    public List<SearchHit> similarPractices(long practiceId, int max) {
        // the practice must be visible to the caller, as on its page (not found otherwise)
        var source = practices.get(practiceId);
        var viewer = permissions.viewer();
        var terms = significantWords(source.title() + " " + source.title() + " " + source.summary(),
                source.language());
        if (terms.isEmpty() && source.themes().isEmpty()) {
            return List.of();
        }
        var themeIds = source.themes().stream().map(ThemeItem::id).toList();
        var scope = Search.session(entityManager).scope(Practice.class);
        var f = scope.predicate();
        var like = f.bool();
        if (!terms.isEmpty()) {
            like.should(textPredicate(f, String.join("|", terms), BooleanOperator.OR));
        }
        if (!themeIds.isEmpty()) {
            like.should(f.terms().field(THEMES).matchingAny(themeIds).boost(0.5f));
        }
        var predicate = f.bool().filter(permissions.filter(f, viewer)).mustNot(f.id().matching(practiceId))
                .must(like).toPredicate();
        try {
            var rows = Search.session(entityManager).search(scope)
                    .select(row(scope.projection()))
                    .where(predicate)
                    .fetchHits(Math.clamp(max, 1, 50));
            // nothing typed, nothing to highlight: the summaries' starts
            return hits(rows, QuerySyntax.parse(""), names(rows, Set.of(), Set.of()));
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            // a side section of the practice page: without it the page still shows the practice
            log.warn("Similar practices of practice {} could not be searched", practiceId, e);
            return List.of();
        }
    }

    private SearchScope<?> scope(eu.praxis.search.SearchScope scope) {
        var session = Search.session(entityManager);
        return scope == eu.praxis.search.SearchScope.LIBRARY ? session.scope(Practice.class)
                : session.scope(List.of(Practice.class, DiscussionThread.class, Event.class));
    }

    /** Permissions, text and every facet filter except {@code without}'s. */
    private SearchPredicate root(SearchPredicateFactory f, Viewer viewer, QuerySyntax.Parsed parsed,
            SearchRequest request, @Nullable Facet without) {
        var bool = f.bool().filter(permissions.filter(f, viewer));
        if (!parsed.positive().isEmpty()) {
            bool.must(textPredicate(f, parsed.positive(), BooleanOperator.AND));
        }
        if (!parsed.negative().isEmpty()) {
            bool.mustNot(textPredicate(f, parsed.negative(), BooleanOperator.OR));
        }
        for (var facet : Facet.values()) {
            if (facet != without && selected(request, facet)) {
                bool.filter(facetFilter(f, request, facet));
            }
        }
        if (request.scope() == eu.praxis.search.SearchScope.LIBRARY) {
            bool.filter(f.terms().field(KIND).matchingAny(List.of(ResultKind.SHEET.name(),
                    ResultKind.CASE_STUDY.name())));
        }
        return bool.toPredicate();
    }

    /** The text in every language's fields, each analysed by its own language; titles and summaries count more. */
    private static SearchPredicate textPredicate(SearchPredicateFactory f, String syntax, BooleanOperator operator) {
        return f.simpleQueryString()
                .fields(FIELD_LANGUAGES.stream().map(SearchDocument::title).toArray(String[]::new)).boost(3f)
                .fields(FIELD_LANGUAGES.stream().map(SearchDocument::summary).toArray(String[]::new)).boost(2f)
                .fields(FIELD_LANGUAGES.stream().map(SearchDocument::text).toArray(String[]::new))
                .matching(syntax).defaultOperator(operator).flags(QuerySyntax.FLAGS).toPredicate();
    }

    private static SearchPredicate facetFilter(SearchPredicateFactory f, SearchRequest r, Facet facet) {
        return switch (facet) {
            case KINDS -> f.terms().field(KIND).matchingAny(r.kinds().stream().map(Enum::name).toList()).toPredicate();
            case THEMES -> f.terms().field(THEMES).matchingAny(r.themeIds()).toPredicate();
            case GROUPS -> f.terms().field(GROUPS).matchingAny(r.groupIds()).toPredicate();
            case COUNTRIES -> f.terms().field(COUNTRY).matchingAny(r.countries()).toPredicate();
            case YEARS -> f.terms().field(YEAR).matchingAny(r.years()).toPredicate();
            case LANGUAGES -> f.terms().field(LANGUAGE).matchingAny(r.languages()).toPredicate();
        };
    }

    private static boolean selected(SearchRequest r, Facet facet) {
        Set<?> values = switch (facet) {
            case KINDS -> r.kinds();
            case THEMES -> r.themeIds();
            case GROUPS -> r.groupIds();
            case COUNTRIES -> r.countries();
            case YEARS -> r.years();
            case LANGUAGES -> r.languages();
        };
        return !values.isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hibernate.search.engine.search.aggregation.SearchAggregation<Map<Object, Long>> aggregation(
            org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory f, Facet facet) {
        var terms = f.terms();
        var typed = switch (facet) {
            case KINDS -> terms.field(KIND, String.class).maxTermCount(10);
            case THEMES -> terms.field(THEMES, Long.class).maxTermCount(200);
            case GROUPS -> terms.field(GROUPS, Long.class).maxTermCount(200);
            case COUNTRIES -> terms.field(COUNTRY, String.class).maxTermCount(100);
            case YEARS -> terms.field(YEAR, Integer.class).maxTermCount(100);
            case LANGUAGES -> terms.field(LANGUAGE, String.class).maxTermCount(50);
        };
        return (org.hibernate.search.engine.search.aggregation.SearchAggregation) typed.toAggregation();
    }

    private Map<Object, Long> countWithoutOwnFilter(SearchScope<?> scope, Viewer viewer, QuerySyntax.Parsed parsed,
            SearchRequest request, Facet facet) {
        var key = AggregationKey.<Map<Object, Long>>of(facet.name());
        var result = Search.session(entityManager).search(scope)
                .where(root(scope.predicate(), viewer, parsed, request, facet))
                .aggregation(key, aggregation(scope.aggregation(), facet))
                .fetch(0);
        return result.aggregation(key);
    }

    private static SearchSort sort(SearchSortFactory f, SearchRequest request, QuerySyntax.Parsed parsed) {
        var sort = parsed.positive().isEmpty() && request.sort() == eu.praxis.search.SearchSort.RELEVANCE
                ? eu.praxis.search.SearchSort.NEWEST : request.sort();
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(DATE).desc().missing().last().toSort();
            case NEWEST -> f.field(DATE).desc().missing().last().then().score().toSort();
            case OLDEST -> f.field(DATE).asc().missing().last().then().score().toSort();
        };
    }

    private static SearchProjection<Row> row(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.field(KIND, String.class), f.id(Long.class),
                f.field(DISPLAY_TITLE, String.class), f.field(DISPLAY_SUMMARY, String.class),
                f.field(SLUG, String.class), f.field(CITY, String.class), f.field(COUNTRY, String.class),
                f.field(YEAR, Integer.class), f.field(LANGUAGE, String.class), f.field(DATE, Instant.class),
                f.field(THEMES, Long.class).multi(), f.field(GROUPS, Long.class).multi(), f.score(),
                f.field(HIDDEN, Boolean.class), f.field(DELETED, Boolean.class))
                // documents indexed before the moderation flags were stored have none: not moderated then
                .asList(b -> new Row((String) b.get(0), (Long) b.get(1), (String) b.get(2), (String) b.get(3),
                        (String) b.get(4), (String) b.get(5), (String) b.get(6), (Integer) b.get(7),
                        (String) b.get(8), (Instant) b.get(9), longs(b.get(10)), longs(b.get(11)),
                        (Float) b.get(12), Boolean.TRUE.equals(b.get(13)), Boolean.TRUE.equals(b.get(14))))
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
        return new Names(themes.items(themeIds), groups.groupNames(groupIds), CurrentUser.require().language());
    }

    private List<SearchHit> hits(List<Row> rows, QuerySyntax.Parsed parsed, Names names) {
        var snippets = Snippets.of(Search.session(entityManager), rows.stream().map(Row::source).toList(),
                parsed.positive());
        return rows.stream().map(r -> {
            var kind = ResultKind.valueOf(r.kind());
            var path = switch (kind) {
                case THREAD -> "/threads/" + r.id();
                case EVENT -> "/events/" + r.id();
                case SHEET, CASE_STUDY -> "/practices/" + r.id() + "/" + r.slug();
            };
            var snippet = snippets.getOrDefault(r.source(), HtmlUtils.htmlEscape(start(r.summary())));
            return new SearchHit(kind, r.id(), r.title(), snippet, path, r.city(), r.country(), r.year(),
                    r.language(), r.date(),
                    r.themeIds().stream().map(names::theme).filter(Objects::nonNull).toList(),
                    r.groupIds().stream().map(names::group).filter(Objects::nonNull).toList(),
                    r.score(), r.hidden(), r.deleted());
        }).toList();
    }

    /** The summary's start, cut at a word near {@link Snippets#LENGTH}. */
    private static String start(String summary) {
        if (summary.length() <= Snippets.LENGTH) {
            return summary;
        }
        int cut = summary.lastIndexOf(' ', Snippets.LENGTH);
        return summary.substring(0, cut > Snippets.LENGTH / 2 ? cut : Snippets.LENGTH) + "…";
    }

    private SearchFacets facets(Map<Facet, Map<Object, Long>> counts, Names names) {
        var locale = names.locale();
        return new SearchFacets(
                values(counts.get(Facet.KINDS), k -> message("search.kind." + k)),
                values(counts.get(Facet.THEMES), names::theme),
                values(counts.get(Facet.GROUPS), names::group),
                values(counts.get(Facet.COUNTRIES), k -> Countries.name((String) k, locale)),
                values(counts.get(Facet.YEARS), String::valueOf),
                values(counts.get(Facet.LANGUAGES), k -> SearchDocument.OTHER_LANGUAGE.equals(k)
                        ? message("search.language.other") : PracticeLanguages.name((String) k, locale)));
    }

    /** Values by count, then label; values without a label (a group the viewer may not see) are left out. */
    private static List<FacetValue> values(@Nullable Map<Object, Long> counts,
            Function<Object, @Nullable String> label) {
        if (counts == null) {
            return List.of();
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> {
                    var text = label.apply(e.getKey());
                    return text == null ? null : new FacetValue(String.valueOf(e.getKey()), text, e.getValue());
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label))
                .toList();
    }

    private static SearchFacets emptyFacets() {
        return new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** When nothing matched: how many without the facet filters, and the thesaurus' terms for the words typed. */
    private List<String> suggestions(SearchScope<?> scope, Viewer viewer, QuerySyntax.Parsed parsed,
            SearchRequest request) {
        var result = new ArrayList<String>();
        if (Stream.of(Facet.values()).anyMatch(facet -> selected(request, facet))) {
            var unfiltered = new SearchRequest(request.query(), request.scope(), Set.of(), Set.of(), Set.of(),
                    Set.of(), Set.of(), Set.of(), request.sort());
            var count = Search.session(entityManager).search(scope)
                    .where(root(scope.predicate(), viewer, parsed, unfiltered, null)).fetchTotalHitCount();
            if (count > 0) {
                result.add(message("search.suggestion.without-filters", count));
            }
        }
        thesaurus.preferredTermsFor(request.query(), CurrentUser.require().language())
                .forEach(term -> result.add(message("search.suggestion.term", term)));
        return result;
    }

    /** The words of a text that say most about it: frequent, not stop words, not too short. */
    static List<String> significantWords(String text, String language) {
        var stops = new HashSet<>(LanguageAnalyzer.stopWords(SearchDocument.fieldLanguage(language)));
        var counts = new LinkedHashMap<String, Integer>();
        for (var word : QuerySyntax.words(text)) {
            var folded = QuerySyntax.fold(word);
            if (folded.length() >= 4 && !stops.contains(folded) && folded.chars().anyMatch(Character::isLetter)) {
                counts.merge(folded, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(SIMILAR_TERMS).map(Map.Entry::getKey).toList();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, CurrentUser.require().language());
    }
}
