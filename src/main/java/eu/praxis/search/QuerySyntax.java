package eu.praxis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Reads what a user typed into the parts of a ranked query, so that odd input can never be an error: words
 * (each optional; how many must match is decided by {@link QueryPlan}), {@code "phrases"} and {@code +word}
 * (required), {@code -exclusions} (also {@code NOT} and {@code !}), {@code OR} (or {@code |}) between two
 * words or phrases, {@code word*} prefixes. Any other operator character is just a separator, a lone
 * {@code -}, {@code *} or {@code \} is dropped and an unbalanced quote is ignored.
 */
final class QuerySyntax {

    /** Longer input is cut: nobody types more, and a huge query costs the index. */
    static final int MAX_LENGTH = 500;
    /** Parts used at most: each is searched in every language's fields. */
    static final int MAX_PARTS = 16;

    enum Occur {
        /** Counts towards the query's minimum number of matching parts. */
        SHOULD,
        MUST,
        MUST_NOT
    }

    /** One thing typed: a word, a "phrase" of several words, or a prefix*. */
    record Term(List<String> words, boolean phrase, boolean prefix) {

        Term {
            words = List.copyOf(words);
        }

        static Term word(String word) {
            return new Term(List.of(word), false, false);
        }

        String text() {
            return String.join(" ", words);
        }

        /** A plain word, which may join its neighbours into a multi-word thesaurus term. */
        boolean plainWord() {
            return !phrase && !prefix && words.size() == 1;
        }
    }

    /** A term, or several joined by OR, and how it counts. */
    record Part(List<Term> anyOf, Occur occur) {

        Part {
            anyOf = List.copyOf(anyOf);
        }

        boolean plainWord() {
            return occur == Occur.SHOULD
                    && anyOf.size() == 1
                    && anyOf.getFirst().plainWord();
        }
    }

    record Parsed(List<Part> parts) {

        Parsed {
            parts = List.copyOf(parts);
        }

        boolean matchesAll() {
            return parts.isEmpty();
        }
    }

    private QuerySyntax() {}

    static Parsed parse(String typed) {
        var input = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        var parts = new ArrayList<Part>();
        var orPending = false;
        var occurPending = Occur.SHOULD;
        int i = 0;
        while (i < input.length() && parts.size() < MAX_PARTS) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            var terms = new ArrayList<Term>();
            boolean nextIsWord = i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1));
            if (c == '"' && input.indexOf('"', i + 1) > i) {
                int end = input.indexOf('"', i + 1);
                var words = words(input.substring(i + 1, end));
                i = end + 1;
                if (!words.isEmpty()) {
                    terms.add(new Term(words, words.size() > 1, false));
                }
            } else if ((c == '-' || c == '!') && nextIsWord) {
                occurPending = Occur.MUST_NOT;
                i++;
                continue;
            } else if (c == '+' && nextIsWord) {
                occurPending = occurPending == Occur.MUST_NOT ? Occur.MUST_NOT : Occur.MUST;
                i++;
                continue;
            } else if (c == '|') {
                orPending = true;
                i++;
                continue;
            } else {
                int end = i;
                while (end < input.length() && !Character.isWhitespace(input.charAt(end)) && input.charAt(end) != '"') {
                    end++;
                }
                var raw = input.substring(i, end);
                i = end + (end < input.length() && input.charAt(end) == '"' ? 1 : 0);
                switch (raw) {
                    case "OR", "||" -> {
                        orPending = true;
                        continue;
                    }
                    case "AND", "&&" -> {
                        continue;
                    }
                    case "NOT" -> {
                        occurPending = Occur.MUST_NOT;
                        continue;
                    }
                    default -> {}
                }
                var words = words(raw);
                if (words.size() == 1 && raw.endsWith("*") && words.getFirst().length() >= 2) {
                    terms.add(new Term(words, false, true));
                } else {
                    words.forEach(word -> terms.add(Term.word(word)));
                }
            }
            if (terms.isEmpty()) {
                occurPending = Occur.SHOULD;
                continue;
            }
            var occur = occurPending == Occur.SHOULD && terms.getFirst().phrase() ? Occur.MUST : occurPending;
            if (orPending && !parts.isEmpty() && parts.getLast().occur() != Occur.MUST_NOT) {
                // OR binds the two neighbours: "a b OR c" is a and (b or c)
                var previous = parts.removeLast();
                var anyOf = new ArrayList<>(previous.anyOf());
                anyOf.add(terms.getFirst());
                parts.add(new Part(anyOf, Occur.SHOULD));
                terms.removeFirst();
            }
            for (var term : terms) {
                if (parts.size() < MAX_PARTS) {
                    parts.add(new Part(List.of(term), occur));
                }
            }
            orPending = false;
            occurPending = Occur.SHOULD;
        }
        return new Parsed(parts);
    }

    /** The words of a piece of input: every character that is not a letter or digit separates. */
    static List<String> words(String text) {
        var result = new ArrayList<String>();
        var current = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019') {
                current.appendCodePoint(cp == '\u2019' ? '\'' : cp);
            } else if (!current.isEmpty()) {
                result.add(current.toString());
                current.setLength(0);
            }
        });
        if (!current.isEmpty()) {
            result.add(current.toString());
        }
        return result.stream()
                .map(w -> w.replaceAll("^'+|'+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Lower case without accents, as the analyzers compare words. */
    static String fold(String text) {
        var lower = text.toLowerCase(Locale.ROOT).toCharArray();
        var out = new char[lower.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
        return new String(out, 0, length);
    }
}
