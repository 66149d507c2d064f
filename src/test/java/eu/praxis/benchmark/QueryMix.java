package eu.praxis.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The fixed query mix, derived from the seed and the vocabularies: per ten queries three single terms,
 * two quoted phrases, three of two or three words and two with facet filters (theme, country, years,
 * language or kind) on top of words. Languages in the proportions of the corpus.
 */
final class QueryMix {

    private static final List<String> LANGUAGE_DRAW = List.of(
            "en", "en", "en", "en", "en", "en", "en", "fr", "fr", "fr", "fr", "de", "de", "de", "es", "es", "it", "it",
            "nl", "nl");

    private QueryMix() {}

    static List<BenchQuery> of(Corpus corpus, int count) {
        var random = new SplittableRandom(corpus.seed ^ 0x5EA4C4L);
        var queries = new ArrayList<BenchQuery>(count);
        for (var i = 0; i < count; i++) {
            var language = LANGUAGE_DRAW.get(random.nextInt(LANGUAGE_DRAW.size()));
            var words = corpus.vocabularies.get(language);
            var theme = Corpus.THEMES.get(random.nextInt(Corpus.THEMES.size()));
            queries.add(
                    switch (i % 10) {
                        case 0, 1, 2 -> plain("term", singleWord(random, words, theme));
                        case 3, 4 -> plain("phrase", "\"" + phraseTerm(random, words, theme) + "\"");
                        case 5, 6, 7 ->
                            plain(
                                    "words",
                                    String.join(
                                            " ",
                                            singleWord(random, words, theme),
                                            singleWord(
                                                    random,
                                                    words,
                                                    Corpus.THEMES.get(random.nextInt(Corpus.THEMES.size())))));
                        default ->
                            filtered(
                                    random,
                                    corpus,
                                    language,
                                    random.nextBoolean()
                                            ? singleWord(random, words, theme)
                                            : singleWord(random, words, theme) + " " + singleWord(random, words, theme),
                                    theme);
                    });
        }
        return List.copyOf(queries);
    }

    private static BenchQuery plain(String shape, String text) {
        return new BenchQuery(shape, text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    private static BenchQuery filtered(
            SplittableRandom random, Corpus corpus, String language, String text, String theme) {
        Set<String> kinds = Set.of();
        Set<String> themes = Set.of();
        Set<String> countries = Set.of();
        Set<Integer> years = Set.of();
        Set<String> languages = Set.of();
        var filters = 1 + random.nextInt(2);
        for (var f = 0; f < filters; f++) {
            switch (random.nextInt(5)) {
                case 0 -> themes = Set.of(theme);
                case 1 -> {
                    var picked = new TreeSet<String>();
                    var n = 1 + random.nextInt(2);
                    while (picked.size() < n) {
                        picked.add(Corpus.CITIES
                                .get(random.nextInt(Corpus.CITIES.size()))
                                .country());
                    }
                    countries = picked;
                }
                case 2 -> {
                    var first = Corpus.FIRST_YEAR + random.nextInt(Corpus.LAST_YEAR - Corpus.FIRST_YEAR - 2);
                    var picked = new TreeSet<Integer>();
                    for (var y = first; y < first + 2 + random.nextInt(3) && y <= Corpus.LAST_YEAR; y++) {
                        picked.add(y);
                    }
                    years = picked;
                }
                case 3 -> languages = Set.of(language);
                default -> kinds = Set.of(random.nextDouble() < 0.7 ? "SHEET" : "CASE_STUDY");
            }
        }
        return new BenchQuery("filtered", text, kinds, themes, countries, years, languages);
    }

    /** Mostly a word of a theme term, sometimes a general word or a rare one. */
    private static String singleWord(SplittableRandom random, Vocabulary words, String theme) {
        var p = random.nextDouble();
        var stop = new HashSet<>(words.stopWords.items());
        String source;
        if (p < 0.7) {
            source = words.terms(theme).draw(random);
        } else if (p < 0.9) {
            source = words.general.draw(random);
        } else {
            source = words.tail
                    .items()
                    .get(random.nextInt(Math.min(500, words.tail.items().size())));
        }
        var candidates = Arrays.stream(source.split("[\\s']+"))
                .filter(w -> w.length() >= 4 && !stop.contains(w.toLowerCase(Locale.ROOT)))
                .toList();
        return candidates.isEmpty() ? source.split("\\s+")[0] : candidates.get(random.nextInt(candidates.size()));
    }

    /** A theme term of several words, as a phrase. */
    private static String phraseTerm(SplittableRandom random, Vocabulary words, String theme) {
        var phrases =
                words.terms(theme).items().stream().filter(t -> t.contains(" ")).toList();
        var pool = phrases.isEmpty()
                ? words.general.items().stream().filter(t -> t.contains(" ")).toList()
                : phrases;
        return pool.get(random.nextInt(pool.size()));
    }
}
