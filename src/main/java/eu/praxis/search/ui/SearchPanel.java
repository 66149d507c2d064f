package eu.praxis.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import eu.praxis.search.SearchParameters;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchResults;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchSort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search with everything around it, for the library and the global search: the query with a word
 * on its syntax, the sort, the facets, the result count, one page of results with a pager, a helpful
 * empty state and the export links. The address holds the whole state: every change navigates to
 * the view's route with new query parameters ({@link SearchParameters} plus {@code page}), and the
 * view hands the parameters back through {@link #show(QueryParameters)}, so that a bookmark or the
 * back button restores the search.
 */
final class SearchPanel extends Div {

    static final int PAGE_SIZE = 20;
    static final String PAGE = "page";
    /** UI data: the address's query was cut; said once, by the next search shown. */
    private static final String SHORTENED = "search-shortened";

    private final transient SearchService search;
    private final SearchScope scope;
    private final String route;

    private final TextField query = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final Span count = new Span();
    private final Anchor exportCsv = new Anchor();
    private final Anchor exportJson = new Anchor();
    private final FacetPanel facets = new FacetPanel(this::changed);
    private final Button filtersToggle = new Button(VaadinIcon.FILTER.create());
    private final ResultList results = new ResultList();
    private final Div empty = new Div();
    private final Div notice = new Div();
    private final Div pager = new Div();
    private SearchRequest request;
    private int page = 1;
    private boolean updating;

    SearchPanel(SearchService search, SearchScope scope, String route) {
        this.search = search;
        this.scope = scope;
        this.route = route;
        this.request = SearchRequest.of("", scope);
        addClassName("search-panel");

        query.setId("search-query");
        query.setAriaLabel(getTranslation("search.query"));
        query.setPlaceholder(getTranslation("search.query.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(SearchParameters.MAX_QUERY_LENGTH);
        query.addClassName("search-query");
        // Sent on Enter or when the field loses focus: one search (and one history entry) per query.
        query.addValueChangeListener(e -> changed());

        sort.setId("search-sort");
        sort.addClassName("search-sort");
        sort.setAriaLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name()));
        sort.setValue(SearchSort.RELEVANCE);
        sort.addValueChangeListener(e -> changed());

        // On a phone the facets wait behind this button, so that the results come first (styles.css).
        filtersToggle.setId("search-filters-toggle");
        filtersToggle.addClassName("search-filters-toggle");
        filtersToggle.getElement().setAttribute("aria-controls", facets.getId().orElseThrow());
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(e -> {
            var open = !facets.hasClassName(FacetPanel.OPEN);
            facets.setClassName(FacetPanel.OPEN, open);
            filtersToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        });

        var bar = new Div(query, syntaxHelp(), sort, filtersToggle);
        bar.addClassName("search-bar");

        count.setId("search-count");
        count.addClassName("search-count");
        exportCsv.setId("export-csv");
        exportCsv.setText(getTranslation("search.export.csv"));
        exportJson.setId("export-json");
        exportJson.setText(getTranslation("search.export.json"));
        for (var export : List.of(exportCsv, exportJson)) {
            // a file from an HTTP endpoint, not a view: the router must leave the link alone
            export.getElement().setAttribute("router-ignore", true);
            export.getElement().setAttribute("download", true);
        }
        var summary = new Div(count, new Div(exportCsv, exportJson));
        summary.addClassName("search-summary");

        empty.setId("search-empty");
        empty.addClassName("search-empty");
        pager.setId("search-pager");
        pager.addClassName("search-pager");

        notice.setId("search-notice");
        notice.addClassName("search-notice");
        var main = new Div(summary, notice, results, empty, pager);
        main.addClassName("search-main");
        var body = new Div(facets, main);
        body.addClassName("search-body");
        add(bar, body);
    }

    /**
     * Restores the search the address describes (always within this panel's scope) and runs it. A query longer
     * than {@link SearchParameters#MAX_QUERY_LENGTH} is cut and the address forwarded to the short one, with a
     * notice: the long address would fail on reload, as the server refuses request lines over 8 KB.
     */
    void show(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var typed = parameters.getSingleParameter(SearchParameters.QUERY).orElse("");
        if (typed.length() > SearchParameters.MAX_QUERY_LENGTH) {
            // the forward may make a new view: the notice waits on the UI
            ComponentUtil.setData(event.getUI(), SHORTENED, Boolean.TRUE);
            var parsed = SearchParameters.parse(parameters.getParameters());
            event.forwardTo(route, addressOf(inScope(parsed, parsed.query()), pageOf(parameters)));
            return;
        }
        show(parameters);
    }

    private void show(QueryParameters parameters) {
        var parsed = SearchParameters.parse(parameters.getParameters());
        request = inScope(parsed, parsed.query());
        page = pageOf(parameters);
        updating = true;
        try {
            query.setValue(request.query());
            sort.setValue(request.sort());
        } finally {
            updating = false;
        }
        run();
    }

    private void run() {
        var found = search.search(request, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (found.hits().isEmpty() && found.total() > 0 && page > 1) {
            // an old bookmark beyond the last page: show the last one
            page = lastPage(found.total());
            found = search.search(request, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        var parameters = SearchParameters.format(request);
        facets.show(found.facets(), parameters);
        var chosen = SearchParameters.FACETS.stream()
                .mapToInt(f -> parameters.getOrDefault(f, List.of()).size())
                .sum();
        filtersToggle.setText(
                chosen == 0 ? getTranslation("search.filters") : getTranslation("search.filters.chosen", chosen));
        count.setText(getTranslation("search.count", found.total()));
        results.show(found.hits());
        showNotice(found);
        showEmpty(found);
        showPager(found.total());
        var queryString = new QueryParameters(parameters).getQueryString();
        exportCsv.setHref(export("csv", queryString));
        exportJson.setHref(export("json", queryString));
    }

    private static int pageOf(QueryParameters parameters) {
        return parameters
                .getSingleParameter(PAGE)
                .filter(p -> p.matches("\\d{1,6}"))
                .map(Integer::parseInt)
                .filter(p -> p > 0)
                .orElse(1);
    }

    private static String export(String format, String queryString) {
        return "search/export." + format + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    /** Results of another query than the one typed: its spelling corrected, or only some of its words. */
    private void showNotice(SearchResults found) {
        notice.removeAll();
        var ui = UI.getCurrent();
        if (ComponentUtil.getData(ui, SHORTENED) != null) {
            ComponentUtil.setData(ui, SHORTENED, null);
            var shortened = new Paragraph(getTranslation("search.shortened", SearchParameters.MAX_QUERY_LENGTH));
            shortened.setId("search-shortened");
            notice.add(shortened);
        }
        var corrected = found.correctedQuery();
        if (corrected != null) {
            var instead = new Button(
                    getTranslation("search.corrected.use", corrected), e -> navigate(inScope(request, corrected), 1));
            instead.addThemeVariants(ButtonVariant.TERTIARY);
            instead.setId("use-corrected");
            notice.add(new Paragraph(getTranslation("search.corrected", request.query(), corrected)), instead);
        } else if (found.partial()) {
            notice.add(new Paragraph(getTranslation("search.partial", request.query(), found.fullMatches())));
        }
        notice.setVisible(notice.getComponentCount() > 0);
    }

    /** Nothing found: the service's suggestions, and a way out of the filters. */
    private void showEmpty(SearchResults found) {
        empty.removeAll();
        empty.setVisible(found.total() == 0);
        if (found.total() > 0) {
            return;
        }
        empty.add(new Paragraph(
                getTranslation(request.query().isBlank() ? "search.empty" : "search.empty.query", request.query())));
        if (!found.suggestions().isEmpty()) {
            // the service words them ("Without the filters: 3 results", "Try “night-time economy”")
            var list = new UnorderedList();
            list.addClassName("search-suggestions");
            found.suggestions().forEach(suggestion -> list.add(new ListItem(suggestion)));
            empty.add(new Paragraph(getTranslation("search.suggestions")), list);
        }
        if (hasFilters()) {
            var clear = new Button(
                    getTranslation("search.clear-filters"),
                    VaadinIcon.CLOSE_SMALL.create(),
                    e -> navigate(SearchRequest.of(request.query(), scope), 1));
            clear.setId("clear-filters");
            empty.add(clear);
        }
    }

    private void showPager(long total) {
        pager.removeAll();
        var last = lastPage(total);
        pager.setVisible(last > 1);
        if (last <= 1) {
            return;
        }
        var previous = new Button(
                getTranslation("search.page.previous"),
                VaadinIcon.ANGLE_LEFT.create(),
                e -> navigate(request, page - 1));
        previous.setId("page-previous");
        previous.setEnabled(page > 1);
        var where = new Span(getTranslation("search.page", page, last));
        where.setId("search-page");
        var next = new Button(
                getTranslation("search.page.next"), VaadinIcon.ANGLE_RIGHT.create(), e -> navigate(request, page + 1));
        next.setIconAfterText(true);
        next.setId("page-next");
        next.setEnabled(page < last);
        pager.add(previous, where, next);
    }

    private static int lastPage(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private boolean hasFilters() {
        return !request.kinds().isEmpty()
                || !request.themeIds().isEmpty()
                || !request.groupIds().isEmpty()
                || !request.countries().isEmpty()
                || !request.cities().isEmpty()
                || !request.years().isEmpty()
                || !request.languages().isEmpty()
                || !request.evidenceLevels().isEmpty();
    }

    /** The user changed the query, the sort or a facet: a new search from its first page. */
    private void changed() {
        if (updating) {
            return;
        }
        var parameters = new LinkedHashMap<String, List<String>>(facets.selection());
        parameters.put(SearchParameters.QUERY, List.of(query.getValue()));
        var chosenSort = sort.getValue();
        parameters.put(SearchParameters.SORT, List.of((chosenSort == null ? SearchSort.RELEVANCE : chosenSort).name()));
        var parsed = SearchParameters.parse(parameters);
        navigate(inScope(parsed, parsed.query()), 1);
    }

    /** The search with this query, in this panel's scope whatever the address said. */
    private SearchRequest inScope(SearchRequest search, String text) {
        return new SearchRequest(
                text,
                scope,
                search.kinds(),
                search.themeIds(),
                search.groupIds(),
                search.countries(),
                search.cities(),
                search.years(),
                search.languages(),
                search.evidenceLevels(),
                search.sort());
    }

    private void navigate(SearchRequest next, int nextPage) {
        UI.getCurrent().navigate(route, addressOf(next, nextPage));
    }

    private static QueryParameters addressOf(SearchRequest search, int page) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(SearchParameters.format(search));
        if (page > 1) {
            parameters.put(PAGE, List.of(Integer.toString(page)));
        }
        return new QueryParameters(parameters);
    }

    /** The query syntax in four lines, behind a small help button beside the field. */
    private Component syntaxHelp() {
        var button = new Button(VaadinIcon.QUESTION_CIRCLE_O.create());
        button.setId("search-help");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation("search.syntax.title"));
        var popover = new Popover();
        popover.setTarget(button);
        popover.setId("search-syntax");
        var lines = new UnorderedList();
        for (var key :
                List.of("search.syntax.words", "search.syntax.phrase", "search.syntax.exclude", "search.syntax.or")) {
            lines.add(new ListItem(getTranslation(key)));
        }
        popover.add(new Paragraph(getTranslation("search.syntax.title")), lines);
        // the popover lives next to its button, so that it goes with the panel
        return new Div(button, popover);
    }
}
