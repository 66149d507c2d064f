package eu.praxis.benchmark;

import eu.praxis.search.ResultKind;
import eu.praxis.search.SearchHit;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchResults;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchSort;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search as the library page calls it: {@code SearchService.search(request, 0, 20)} as the member
 * (through {@link RunAs}, so the service's security, transaction, permission look-ups, facets,
 * highlighting and hit records all run).
 */
final class ServicePath implements SearchPath {

    private final SearchService service;
    private final PraxisUser member;
    private final Map<String, Long> themeIds;
    /** Exceptions the service threw, by kind and query, with how often. */
    final Map<String, Integer> failures = new java.util.TreeMap<>();

    ServicePath(SearchService service, Corpus.Person person, Map<String, Long> themeIds) {
        this.service = service;
        member = new PraxisUser(
                person.id(),
                person.organisationId(),
                person.email(),
                person.name(),
                Role.MEMBER,
                Locale.ENGLISH,
                null,
                true,
                true);
        this.themeIds = themeIds;
    }

    @Override
    public String name() {
        return Report.SERVICE;
    }

    @Override
    public Outcome run(BenchQuery query) {
        var request = new SearchRequest(
                query.text(),
                SearchScope.LIBRARY,
                query.kinds().stream().map(ResultKind::valueOf).collect(Collectors.toSet()),
                query.themes().stream().map(themeIds::get).collect(Collectors.toSet()),
                java.util.Set.of(),
                query.countries(),
                java.util.Set.of(),
                query.years(),
                query.languages(),
                java.util.Set.of(),
                SearchSort.RELEVANCE);
        SearchResults results;
        try {
            results = RunAs.as(member, () -> service.search(request, 0, RawLucene.PAGE));
        } catch (RuntimeException e) {
            // the service promises never to throw on odd input: record it, keep measuring the others
            failures.merge(e.getClass().getSimpleName() + " for [" + query.text() + "]", 1, Integer::sum);
            return new Outcome(-1, java.util.List.of(), 0);
        }
        var facets = results.facets();
        var buckets = Stream.of(
                        facets.kinds(),
                        facets.themes(),
                        facets.groups(),
                        facets.countries(),
                        facets.years(),
                        facets.languages())
                .mapToInt(java.util.List::size)
                .sum();
        return new Outcome(
                results.total(), results.hits().stream().map(SearchHit::id).toList(), buckets);
    }
}
