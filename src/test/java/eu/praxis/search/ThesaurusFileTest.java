package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The curated thesaurus ({@code search/thesaurus.csv}) keeps its format and its rules: every term
 * belongs to one concept only, so query-time synonym expansion stays predictable.
 */
class ThesaurusFileTest {

    static final String RESOURCE = "/search/thesaurus.csv";
    static final String HEADER = "concept,en,fr,de,es,it,nl,pt";
    static final int COLUMNS = 8;
    /** A comment line that lets one term stand in several concepts: {@code # shared term: term}. */
    static final String SHARED = "# shared term: ";

    static final Pattern CONCEPT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    // Quotes of any kind would be read as CSV quoting or break the synonym parser; commas split cells.
    static final Pattern FORBIDDEN = Pattern.compile("[,\"“”„«»‘’]");

    @Test
    void the_shipped_thesaurus_follows_the_rules() throws IOException {
        var lines = read();

        assertThat(lines).first().isEqualTo(HEADER);
        assertThat(problems(lines)).isEmpty();
        assertThat(concepts(lines)).hasSizeGreaterThanOrEqualTo(600);
    }

    @Test
    void the_checks_catch_broken_lines() {
        var lines = List.of(
                HEADER,
                "# comment lines and blank lines are ignored",
                "",
                "night-mayor,night mayor,maire de la nuit,Nachtbürgermeister,alcalde de noche,sindaco della notte,"
                        + "nachtburgemeester,presidente da noite",
                "Night_Mayor,night czar,conseil de la nuit,Nachtrat,consejo,consiglio,nachtraad,conselho",
                "night-mayor,night tsar,maire de nuit,Nachtzar,zar,zar della notte,nachttsaar,czar",
                "nightlife,Night-Mayor,vie nocturne,Nachtleben,vida nocturna,vita notturna,nachtleven,vida noturna",
                "empty-term,night economy||economy,économie de la nuit|,a,b,c,d,e",
                "no-french,noise,,Lärm,ruido,rumore,lawaai,ruído",
                "quoted,\"bar\",bar|bar’s,Bar,bar,bar,bar,bar",
                "# shared term: crack",
                "crack-cocaine,crack,crack,Crack,crack,crack,crack,crack",
                "crack-use,crack,fumeurs de crack,Crackkonsum,consumo de crack,consumo di crack,crackgebruik,ruído",
                "short,a,b");

        assertThat(problems(lines))
                .containsExactly(
                        "line 5: concept id 'Night_Mayor' is not lowercase-with-hyphens",
                        "line 6: concept id 'night-mayor' is used twice",
                        "line 7: term 'Night-Mayor' is already in concept 'night-mayor'",
                        "line 8: empty term in column en",
                        "line 8: empty term in column fr",
                        "line 9: no fr term",
                        "line 10: term '\"bar\"' has a comma or a quote",
                        "line 10: term 'bar’s' has a comma or a quote",
                        "line 13: term 'ruído' is already in concept 'no-french'",
                        "line 14: 3 columns instead of 8");
    }

    /** Every rule violation of the file, one message per problem, in file order. */
    static List<String> problems(List<String> lines) {
        var problems = new ArrayList<String>();
        var ids = new HashSet<String>();
        var conceptOfTerm = new HashMap<String, String>();
        var shared = new HashSet<String>();
        lines.stream()
                .filter(l -> l.startsWith(SHARED))
                .forEach(l -> shared.add(comparable(l.substring(SHARED.length()))));
        for (int i = 1; i < lines.size(); i++) {
            var line = lines.get(i);
            var where = "line " + (i + 1) + ": ";
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var cells = line.split(",", -1);
            if (cells.length != COLUMNS) {
                problems.add(where + cells.length + " columns instead of " + COLUMNS);
                continue;
            }
            var id = cells[0];
            if (!CONCEPT_ID.matcher(id).matches()) {
                problems.add(where + "concept id '" + id + "' is not lowercase-with-hyphens");
            }
            if (!ids.add(id)) {
                problems.add(where + "concept id '" + id + "' is used twice");
            }
            for (int column = 1; column < COLUMNS; column++) {
                var language = HEADER.split(",")[column];
                var cell = cells[column];
                if (cell.isEmpty()) {
                    problems.add(where + "no " + language + " term");
                    continue;
                }
                for (var term : cell.split("\\|", -1)) {
                    if (term.isBlank() || !term.equals(term.strip())) {
                        problems.add(where + "empty term in column " + language);
                        continue;
                    }
                    if (FORBIDDEN.matcher(term).find()) {
                        problems.add(where + "term '" + term + "' has a comma or a quote");
                    }
                    var owner = conceptOfTerm.putIfAbsent(comparable(term), id);
                    if (owner != null && !owner.equals(id) && !shared.contains(comparable(term))) {
                        problems.add(where + "term '" + term + "' is already in concept '" + owner + "'");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A term as the analyzers will see it: case, accents, hyphens, apostrophes and extra spaces do not
     * count, so "Drug-Checking" and "drug checking" are the same term.
     */
    static String comparable(String term) {
        var folded = Normalizer.normalize(term.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss");
        return folded.replaceAll("[-'.]", " ").replaceAll("\\s+", " ").strip();
    }

    static Map<String, Integer> concepts(List<String> lines) {
        var concepts = new HashMap<String, Integer>();
        for (int i = 1; i < lines.size(); i++) {
            var line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                concepts.put(line.substring(0, line.indexOf(',')), i + 1);
            }
        }
        return concepts;
    }

    static List<String> read() throws IOException {
        try (var in = ThesaurusFileTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            var bytes = in.readAllBytes();
            try {
                var text = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                assertThat(text).as("no byte order mark").doesNotStartWith("\uFEFF");
                return text.lines().toList();
            } catch (CharacterCodingException e) {
                throw new AssertionError(RESOURCE + " is not valid UTF-8", e);
            }
        }
    }
}
