package eu.praxis.search;

import eu.praxis.organisation.Countries;
import eu.praxis.practice.EvidenceLevel;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.searchindex.SearchDocument;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A search as address query parameters, the one format that the search views (bookmarkable, back
 * button) and the export endpoints share: {@code q}, {@code scope} (library|everything), the
 * repeatable facets {@code kind}, {@code theme}, {@code group}, {@code country}, {@code city}, {@code year},
 * {@code lang} (a practice language, or {@code und} for text of no known language), {@code evidenceLevel} (an
 * {@link EvidenceLevel#code()}), and {@code sort} (relevance|newest|oldest). Anyone can type an address, so a value
 * that makes no sense is left out rather than refused; defaults are left out when formatting, so that
 * addresses stay short.
 */
public final class SearchParameters {

    public static final String QUERY = "q";
    public static final String SCOPE = "scope";
    public static final String KIND = "kind";
    public static final String THEME = "theme";
    public static final String GROUP = "group";
    public static final String COUNTRY = "country";
    public static final String CITY = "city";
    public static final String YEAR = "year";
    public static final String LANGUAGE = "lang";
    public static final String EVIDENCE_LEVEL = "evidenceLevel";
    public static final String SORT = "sort";

    /** The facet parameters, in the order the views show them. */
    public static final List<String> FACETS =
            List.of(KIND, THEME, GROUP, COUNTRY, CITY, YEAR, LANGUAGE, EVIDENCE_LEVEL);

    /**
     * Longer queries are cut: nobody types more, and the address must stay well below the 8 KB a
     * server accepts in a request line (the export links repeat it).
     */
    public static final int MAX_QUERY_LENGTH = 500;

    /** A practice's city is at most this long (the import's and the editor's limit). */
    private static final int CITY_LENGTH = 100;

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");

    private SearchParameters() {}

    /** The search these parameters describe; unknown names and invalid values are ignored. */
    public static SearchRequest parse(Map<String, List<String>> parameters) {
        var query = first(parameters, QUERY).map(SearchParameters::cut).orElse("");
        var scope = first(parameters, SCOPE)
                .flatMap(s -> constant(SearchScope.class, s))
                .orElse(SearchScope.LIBRARY);
        var sort = first(parameters, SORT)
                .flatMap(s -> constant(SearchSort.class, s))
                .orElse(SearchSort.RELEVANCE);
        return new SearchRequest(
                query,
                scope,
                values(parameters, KIND, s -> constant(ResultKind.class, s)),
                values(parameters, THEME, SearchParameters::id),
                values(parameters, GROUP, SearchParameters::id),
                values(
                        parameters,
                        COUNTRY,
                        s -> Optional.of(s.toUpperCase(Locale.ROOT)).filter(Countries::isValid)),
                values(parameters, CITY, s -> Optional.of(s).filter(c -> !c.isEmpty() && c.length() <= CITY_LENGTH)),
                values(
                        parameters,
                        YEAR,
                        s -> Optional.of(s)
                                .filter(y -> YEAR_VALUE.matcher(y).matches())
                                .map(Integer::valueOf)),
                values(
                        parameters,
                        LANGUAGE,
                        s -> Optional.of(s.toLowerCase(Locale.ROOT))
                                .filter(l -> PracticeLanguages.isValid(l) || SearchDocument.OTHER_LANGUAGE.equals(l))),
                values(parameters, EVIDENCE_LEVEL, EvidenceLevel::ofCode),
                sort);
    }

    /** The parameters of a search, in a stable order, without the defaults (library, relevance, blank query). */
    public static Map<String, List<String>> format(SearchRequest request) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (!request.query().isBlank()) {
            parameters.put(QUERY, List.of(request.query()));
        }
        if (request.scope() != SearchScope.LIBRARY) {
            parameters.put(SCOPE, List.of(lower(request.scope())));
        }
        put(parameters, KIND, request.kinds().stream().sorted().map(Enum::name).toList());
        put(parameters, THEME, sortedText(request.themeIds()));
        put(parameters, GROUP, sortedText(request.groupIds()));
        put(parameters, COUNTRY, sortedText(request.countries()));
        put(parameters, CITY, sortedText(request.cities()));
        put(parameters, YEAR, sortedText(request.years()));
        put(parameters, LANGUAGE, sortedText(request.languages()));
        put(
                parameters,
                EVIDENCE_LEVEL,
                request.evidenceLevels().stream()
                        .sorted()
                        .map(EvidenceLevel::code)
                        .toList());
        if (request.sort() != SearchSort.RELEVANCE) {
            parameters.put(SORT, List.of(lower(request.sort())));
        }
        return parameters;
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static String cut(String query) {
        if (query.length() <= MAX_QUERY_LENGTH) {
            return query;
        }
        // never split a surrogate pair
        var end =
                Character.isHighSurrogate(query.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
        return query.substring(0, end);
    }

    private static <T> Set<T> values(
            Map<String, List<String>> parameters, String name, Function<String, Optional<T>> parser) {
        var values = new LinkedHashSet<T>();
        for (var value : parameters.getOrDefault(name, List.of())) {
            parser.apply(value.strip()).ifPresent(values::add);
        }
        return values;
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> id(String text) {
        return ID.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static <T extends Comparable<T>> List<String> sortedText(Collection<T> values) {
        return values.stream().sorted().map(String::valueOf).toList();
    }

    private static void put(Map<String, List<String>> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values);
        }
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
