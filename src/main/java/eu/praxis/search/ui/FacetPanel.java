package eu.praxis.search.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import eu.praxis.organisation.Countries;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.search.FacetValue;
import eu.praxis.search.SearchFacets;
import eu.praxis.search.SearchParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The facets of a search as check boxes with counts ("Nightlife (12)"), one group per facet. Values
 * are the address parameters' values ({@link SearchParameters}), so the selection is part of the
 * address. A chosen value stays listed even when the current results have none of it, so that it
 * can be unticked.
 */
final class FacetPanel extends Div {

    /** Class of the panel while shown on a phone, where it is otherwise folded away behind a button. */
    static final String OPEN = "open";

    private final Map<String, CheckboxGroup<String>> groups = new LinkedHashMap<>();
    /** What each value of each facet reads and counts, from the latest results. */
    private final Map<String, Map<String, FacetValue>> shown = new HashMap<>();
    /** Labels seen so far, for chosen values that the latest results no longer count. */
    private final Map<String, Map<String, String>> labels = new HashMap<>();

    private boolean updating;

    FacetPanel(Runnable onChange) {
        addClassName("search-facets");
        setId("search-facets");
        for (var facet : SearchParameters.FACETS) {
            var group = new CheckboxGroup<String>(getTranslation("search.facet." + facet));
            group.setId("facet-" + facet);
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItemLabelGenerator(value -> label(facet, value));
            group.addValueChangeListener(e -> {
                if (!updating) {
                    onChange.run();
                }
            });
            groups.put(facet, group);
            shown.put(facet, Map.of());
            labels.put(facet, new HashMap<>());
            add(group);
        }
    }

    /** Shows the counts of the latest results with the chosen values ticked. */
    void show(SearchFacets facets, Map<String, List<String>> chosen) {
        updating = true;
        try {
            show(SearchParameters.KIND, facets.kinds(), chosen);
            show(SearchParameters.THEME, facets.themes(), chosen);
            show(SearchParameters.GROUP, facets.groups(), chosen);
            show(SearchParameters.COUNTRY, facets.countries(), chosen);
            show(SearchParameters.CITY, facets.cities(), chosen);
            show(SearchParameters.YEAR, facets.years(), chosen);
            show(SearchParameters.LANGUAGE, facets.languages(), chosen);
            show(SearchParameters.EVIDENCE_LEVEL, facets.evidenceLevels(), chosen);
        } finally {
            updating = false;
        }
    }

    private void show(String facet, List<FacetValue> values, Map<String, List<String>> chosen) {
        var byValue = new LinkedHashMap<String, FacetValue>();
        values.forEach(v -> byValue.put(v.value(), v));
        values.forEach(v -> labels.get(facet).put(v.value(), v.label()));
        shown.put(facet, byValue);
        var ticked = chosen.getOrDefault(facet, List.of());
        var items = new LinkedHashSet<>(byValue.keySet());
        items.addAll(ticked);
        var group = groups.get(facet);
        group.setItems(new ArrayList<>(items));
        group.setValue(new LinkedHashSet<>(ticked));
        group.setVisible(!items.isEmpty());
    }

    /** The ticked values, by parameter name. */
    Map<String, List<String>> selection() {
        var selection = new LinkedHashMap<String, List<String>>();
        groups.forEach((facet, group) -> selection.put(facet, List.copyOf(group.getValue())));
        return selection;
    }

    private String label(String facet, String value) {
        var counted = shown.get(facet).get(value);
        var count = counted == null ? 0 : counted.count();
        return getTranslation("search.facet.value", name(facet, value), count);
    }

    /**
     * The service names the values in the reader's language; a ticked value that the latest results no
     * longer count keeps the name it had, or gets one here if the page was opened from an address.
     */
    private String name(String facet, String value) {
        var known = labels.get(facet).get(value);
        if (known != null) {
            return known;
        }
        return switch (facet) {
            case SearchParameters.KIND -> getTranslation("search.kind." + value);
            case SearchParameters.EVIDENCE_LEVEL -> getTranslation("practice.evidence-level." + value);
            case SearchParameters.COUNTRY -> Countries.name(value, getLocale());
            case SearchParameters.LANGUAGE ->
                PracticeLanguages.isValid(value)
                        ? PracticeLanguages.name(value, getLocale())
                        : getTranslation("search.language.other");
            default -> value;
        };
    }
}
