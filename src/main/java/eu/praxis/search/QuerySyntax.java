package eu.praxis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * Turns what a user typed into Lucene's simple query syntax, written by us so that odd input can never be
 * an error: words (all required), {@code "phrases"}, {@code -exclusions} (also {@code NOT}), {@code OR} (or
 * {@code |}) between two words or phrases, {@code word*} prefixes; any other operator character is just a
 * separator, a lone {@code -}, {@code *} or {@code \} is dropped and an unbalanced quote is ignored. The syntax
 * is read without the whitespace operator, so that consecutive words reach the analyzer together and
 * multi-word thesaurus terms match ("salle de consommation"); each run of words is also offered word by word
 * ({@code (a b)|(a+b)}), so that the words may be found in different fields (title and text).
 */
final class QuerySyntax {

    /** The operators of the syntax {@link #parse} writes. */
    static final SimpleQueryFlag[] FLAGS = {SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.PREFIX};
    /** Longer input is cut: nobody types more, and a huge query costs the index. */
    static final int MAX_LENGTH = 500;
    /** Words and phrases used at most: each is searched in every language's fields (Lucene allows 1024 clauses). */
    static final int MAX_UNITS = 16;

    /** {@code positive} empty: nothing required (match all, minus {@code negative}); both empty: match all. */
    record Parsed(String positive, String negative) {

        boolean matchesAll() {
            return positive.isEmpty() && negative.isEmpty();
        }
    }

    private record Unit(List<String> words, boolean phrase, boolean prefix, boolean negated) {

        String render() {
            String text;
            if (phrase) {
                text = "\"" + String.join(" ", words) + "\"";
            } else if (prefix) {
                text = words.getFirst() + "*";
            } else if (words.size() == 1) {
                text = words.getFirst();
            } else {
                text = "((" + String.join(" ", words) + ")|(" + String.join("+", words) + "))";
            }
            return text;
        }
    }

    private QuerySyntax() {
    }

    static Parsed parse(String typed) {
        var input = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        // groups of units joined by OR; groups are joined by AND
        var groups = new ArrayList<List<Unit>>();
        var orPending = false;
        var negatePending = false;
        var run = new ArrayList<String>();
        int i = 0;
        int units = 0;
        while (i < input.length() && units < MAX_UNITS) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Unit unit = null;
            if (c == '"' && input.indexOf('"', i + 1) > i) {
                int end = input.indexOf('"', i + 1);
                var words = words(input.substring(i + 1, end));
                i = end + 1;
                if (!words.isEmpty()) {
                    unit = new Unit(words, words.size() > 1, false, negatePending);
                }
            } else if ((c == '-' || c == '!') && i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1))) {
                negatePending = true;
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
                if (raw.equals("OR") || raw.equals("||")) {
                    orPending = true;
                    continue;
                }
                if (raw.equals("AND") || raw.equals("&&")) {
                    continue;
                }
                if (raw.equals("NOT")) {
                    negatePending = true;
                    continue;
                }
                var prefix = raw.endsWith("*");
                var words = words(raw);
                if (words.isEmpty()) {
                    continue;
                }
                if (prefix && words.size() == 1 && words.getFirst().length() >= 2) {
                    unit = new Unit(words, false, true, negatePending);
                } else if (!negatePending && !orPending) {
                    var room = MAX_UNITS - units;
                    run.addAll(words.subList(0, Math.min(room, words.size())));
                    units += Math.min(room, words.size());
                    continue;
                } else {
                    unit = new Unit(words, false, false, negatePending);
                }
            }
            if (unit == null) {
                negatePending = false;
                continue;
            }
            if (orPending) {
                // OR binds the two neighbours: "a b OR c" is a AND (b OR c)
                if (!run.isEmpty()) {
                    var last = run.removeLast();
                    flushRun(run, groups);
                    groups.add(new ArrayList<>(List.of(new Unit(List.of(last), false, false, false))));
                }
                if (groups.isEmpty()) {
                    groups.add(new ArrayList<>());
                }
                groups.getLast().add(unit);
            } else {
                flushRun(run, groups);
                groups.add(new ArrayList<>(List.of(unit)));
            }
            units++;
            orPending = false;
            negatePending = false;
        }
        flushRun(run, groups);
        var positive = groups.stream().filter(g -> g.stream().anyMatch(u -> !u.negated())).map(QuerySyntax::render)
                .collect(Collectors.joining("+"));
        var negatives = groups.stream().filter(g -> g.stream().allMatch(Unit::negated)).toList();
        if (positive.isEmpty()) {
            var negative = negatives.stream().flatMap(List::stream).map(Unit::render).collect(Collectors.joining("|"));
            return new Parsed("", negative);
        }
        var all = new ArrayList<String>();
        all.add(positive);
        negatives.forEach(g -> all.add(render(g)));
        return new Parsed(String.join("+", all), "");
    }

    private static void flushRun(List<String> run, List<List<Unit>> groups) {
        if (!run.isEmpty()) {
            groups.add(new ArrayList<>(List.of(new Unit(List.copyOf(run), false, false, false))));
            run.clear();
        }
    }

    private static String render(List<Unit> group) {
        var rendered = group.stream().map(u -> (u.negated() ? "-" : "") + u.render()).toList();
        return rendered.size() == 1 ? rendered.getFirst() : "(" + String.join("|", rendered) + ")";
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
        return result.stream().map(w -> w.replaceAll("^'+|'+$", "")).filter(w -> !w.isEmpty()).toList();
    }

    /** Lower case without accents, as the analyzers compare words. */
    static String fold(String text) {
        var lower = text.toLowerCase(Locale.ROOT).toCharArray();
        var out = new char[lower.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
        return new String(out, 0, length);
    }
}
