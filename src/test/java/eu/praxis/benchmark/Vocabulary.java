package eu.praxis.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One language's words for the corpus, read from {@code benchmark/vocabulary-<lang>.txt}: function
 * words, general words of local security policy, the terms of each theme (the curated themes of
 * V0002), title templates, and a long tail of rarer derived words (prefix + word + suffix, compounds
 * in German and Dutch) so that the index has the tens of thousands of rare terms real text has.
 */
final class Vocabulary {

    private static final int TAIL_SIZE = 6000;

    final String language;
    /** PostgreSQL text search configuration of this language. */
    final String pgConfig;

    final Zipf<String> stopWords;
    final Zipf<String> general;
    final List<String> titleTemplates;
    final Map<String, Zipf<String>> themeTerms;
    final Zipf<String> tail;

    private Vocabulary(String language, Map<String, List<String>> lines) {
        this.language = language;
        pgConfig = single(lines, "config");
        stopWords = new Zipf<>(required(lines, "stop"), 1.0);
        general = new Zipf<>(required(lines, "generic"), 1.0);
        titleTemplates = required(lines, "title");
        var themes = new LinkedHashMap<String, Zipf<String>>();
        lines.forEach((key, values) -> {
            if (key.startsWith("theme.")) {
                themes.put(key.substring("theme.".length()), new Zipf<>(values, 0.9));
            }
        });
        themeTerms = Map.copyOf(themes);
        tail = new Zipf<>(
                tail(
                        required(lines, "prefix"),
                        required(lines, "suffix"),
                        required(lines, "generic"),
                        language.equals("de") || language.equals("nl")),
                1.0);
    }

    static Vocabulary load(String language) {
        var resource = "/benchmark/vocabulary-" + language + ".txt";
        try (var in = Objects.requireNonNull(Vocabulary.class.getResourceAsStream(resource), resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var lines = new LinkedHashMap<String, List<String>>();
            reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(line -> {
                        var colon = line.indexOf(": ");
                        lines.put(
                                line.substring(0, colon),
                                Arrays.stream(line.substring(colon + 2).split("\\|"))
                                        .map(String::strip)
                                        .filter(w -> !w.isEmpty())
                                        .toList());
                    });
            return new Vocabulary(language, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Zipf<String> terms(String themeCode) {
        return Objects.requireNonNull(themeTerms.get(themeCode), () -> language + " has no terms for " + themeCode);
    }

    /** A sentence about the given themes: function words, general words, theme terms and rare words mixed. */
    String sentence(RandomGenerator random, List<String> themeCodes) {
        var length = 9 + random.nextInt(14);
        var words = new ArrayList<String>(length);
        while (words.size() < length) {
            var p = random.nextDouble();
            if (p < 0.40) {
                words.add(stopWords.draw(random));
            } else if (p < 0.70) {
                words.add(general.draw(random));
            } else if (p < 0.90) {
                words.add(
                        terms(themeCodes.get(random.nextInt(themeCodes.size()))).draw(random));
            } else {
                words.add(tail.draw(random));
            }
        }
        var sentence = String.join(" ", words);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    String paragraph(RandomGenerator random, List<String> themeCodes, int minSentences, int maxSentences) {
        var count = minSentences + random.nextInt(maxSentences - minSentences + 1);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence(random, themeCodes));
        }
        return text.toString();
    }

    String title(RandomGenerator random, List<String> themeCodes, String city) {
        var template = titleTemplates.get(random.nextInt(titleTemplates.size()));
        var title = new StringBuilder();
        var rest = template.replace("{City}", city).replace("{city}", city);
        int at;
        while ((at = rest.indexOf("{term}")) >= 0) {
            title.append(rest, 0, at)
                    .append(terms(themeCodes.get(random.nextInt(themeCodes.size())))
                            .draw(random));
            rest = rest.substring(at + "{term}".length());
        }
        title.append(rest);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** Rare words derived deterministically from the vocabulary itself (the same for every seed). */
    private static List<String> tail(
            List<String> prefixes, List<String> suffixes, List<String> words, boolean compounds) {
        var singleWords =
                words.stream().filter(w -> !w.contains(" ") && !w.contains("'")).toList();
        var tail = new LinkedHashSet<String>();
        for (var i = 0; tail.size() < TAIL_SIZE && i < TAIL_SIZE * 4; i++) {
            var prefix = prefixes.get(i % prefixes.size());
            var word = singleWords
                    .get((i / prefixes.size() + i * 7) % singleWords.size())
                    .toLowerCase(Locale.ROOT);
            var suffix = suffixes.get((i / (prefixes.size() * 3)) % suffixes.size());
            tail.add(compounds ? prefix.toLowerCase(Locale.ROOT) + word + suffix : prefix + word + suffix);
        }
        return List.copyOf(tail);
    }

    private static List<String> required(Map<String, List<String>> lines, String key) {
        return Objects.requireNonNull(lines.get(key), () -> "vocabulary line '" + key + "' missing");
    }

    private static String single(Map<String, List<String>> lines, String key) {
        return required(lines, key).getFirst();
    }
}
