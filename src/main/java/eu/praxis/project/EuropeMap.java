package eu.praxis.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The map of Europe the project page draws its partners on, from data bundled with the application (no tile server):
 * the base map {@code /maps/europe.svg} and the gazetteer {@code geo/european-cities.tsv} (GeoNames places of at least
 * 5,000 inhabitants, CC BY 4.0), both made by {@code tools/geo/make_europe_map.py}, whose projection this class
 * repeats: equirectangular around 50 degrees north, {@value #SCALE} units per degree of latitude.
 */
@Component
public class EuropeMap {

    /** The base map, served as a static file. */
    public static final String BASE_MAP = "maps/europe.svg";

    public static final int WIDTH = 449;
    public static final int HEIGHT = 380;

    static final double WEST = -25.0;
    static final double NORTH = 72.0;
    static final double SCALE = 10.0;
    private static final double COS = Math.cos(Math.toRadians(50));

    private record Place(double lat, double lon, long population) {}

    /** By country code, then by folded name; loaded on first use (about 19,000 places). */
    private volatile @Nullable Map<String, Map<String, Place>> places;

    /** Where the city is on the map; empty for a city the gazetteer does not know (or outside the map). */
    public Optional<MapPoint> locate(String countryCode, @Nullable String city) {
        if (city == null || city.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(places().getOrDefault(countryCode.toUpperCase(Locale.ROOT), Map.of())
                        .get(fold(city)))
                .map(place -> project(place.lat(), place.lon()));
    }

    static MapPoint project(double lat, double lon) {
        return new MapPoint((lon - WEST) * COS * SCALE, (NORTH - lat) * SCALE);
    }

    /** Case, accents and punctuation do not matter: "Liège", "LIEGE" and "Liege" are one place. */
    static String fold(String name) {
        var decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        return decomposed
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private Map<String, Map<String, Place>> places() {
        var loaded = places;
        if (loaded == null) {
            synchronized (this) {
                loaded = places;
                if (loaded == null) {
                    loaded = load();
                    places = loaded;
                }
            }
        }
        return loaded;
    }

    /** Of two places with one name in a country, the larger wins: "Valencia" is the city of 800,000. */
    private static Map<String, Map<String, Place>> load() {
        var byCountry = new HashMap<String, Map<String, Place>>();
        var resource = new ClassPathResource("geo/european-cities.tsv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                var fields = line.split("\t");
                var place = new Place(
                        Double.parseDouble(fields[3]), Double.parseDouble(fields[4]), Long.parseLong(fields[5]));
                var names = byCountry.computeIfAbsent(fields[0], c -> new HashMap<>());
                for (var name : new String[] {fields[1], fields[2]}) {
                    names.merge(fold(name), place, (a, b) -> a.population() >= b.population() ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The gazetteer of the project map is missing", e);
        }
        byCountry.replaceAll((country, names) -> Map.copyOf(names));
        return Map.copyOf(Objects.requireNonNull(byCountry));
    }
}
