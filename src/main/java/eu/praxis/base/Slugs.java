package eu.praxis.base;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL parts from names: "Drogues & réduction des risques" → "drogues-reduction-des-risques". */
public final class Slugs {

    private Slugs() {}

    /** Accents folded, lower case, runs of anything else as one hyphen, at most {@code maxLength}; may be empty. */
    public static String of(String text, int maxLength) {
        var folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-$", "") : slug;
    }
}
