package eu.praxis.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.Resource;

/**
 * The gazetteer (DD019): the network's cities, regions and countries with their names in the seven
 * languages, so that "drug checking Vienna" finds a practice of Wien. Read once at start-up from
 * {@code praxis.search.places}: UTF-8 CSV with the header {@code place,kind,country,en,fr,de,es,it,nl,pt,common_words},
 * several names in a cell separated by {@code |}, lines starting with {@code #} are comments.
 */
final class Places {

    enum Kind {
        CITY,
        REGION,
        COUNTRY
    }

    /**
     * One place. {@code commonWords}: those of its names that are also ordinary words (Nice, Essen, Wenen), which
     * a text may use without meaning the place; a query or a practice's city field still means it.
     */
    record Place(String id, Kind kind, String country, Set<String> names, Set<String> commonWords) {

        Place {
            names = Set.copyOf(names);
            commonWords = Set.copyOf(commonWords);
        }

        /** The names a text mentions the place by, without doubt. */
        Set<String> distinctiveNames() {
            var folded = commonWords.stream().map(QuerySyntax::fold).toList();
            var result = new LinkedHashSet<String>();
            names.stream().filter(n -> !folded.contains(QuerySyntax.fold(n))).forEach(result::add);
            return result;
        }

        /** Its names as the place field compares them (case and accents folded). */
        Set<String> foldedNames() {
            var folded = new LinkedHashSet<String>();
            names.forEach(name -> folded.add(QuerySyntax.fold(name)));
            return folded;
        }
    }

    private final List<Place> places;

    Places(List<Place> places) {
        this.places = List.copyOf(places);
    }

    static Places load(Resource resource) {
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gazetteer " + resource, e);
        }
    }

    static Places parse(Reader reader) throws IOException {
        var format = Thesaurus.vocabularyFormat();
        var result = new ArrayList<Place>();
        try (var parser = format.parse(reader)) {
            var languages = parser.getHeaderNames().stream()
                    .filter(h ->
                            !List.of("place", "kind", "country", "common_words").contains(h))
                    .toList();
            for (var record : parser) {
                var names = new LinkedHashSet<String>();
                for (var language : languages) {
                    if (record.isSet(language)) {
                        for (var name : record.get(language).split("\\|")) {
                            if (!name.isBlank()) {
                                names.add(name.strip());
                            }
                        }
                    }
                }
                var kind = Kind.valueOf(record.get("kind").toUpperCase(Locale.ROOT));
                var common = new LinkedHashSet<String>();
                if (record.isSet("common_words")) {
                    for (var word : record.get("common_words").split("\\|")) {
                        if (!word.isBlank()) {
                            common.add(word.strip());
                        }
                    }
                }
                if (!names.isEmpty()) {
                    result.add(new Place(
                            record.get("place"), kind, record.get("country").toUpperCase(Locale.ROOT), names, common));
                }
            }
        }
        return new Places(result);
    }

    List<Place> all() {
        return places;
    }
}
