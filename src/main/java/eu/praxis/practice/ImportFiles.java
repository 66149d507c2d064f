package eu.praxis.practice;

import eu.praxis.base.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import file into rows. Everything that makes the whole file unusable (too big, not JSON or
 * CSV, too many rows, unknown CSV columns) is a {@link UserFacingException} with an {@code import.error.file.*}
 * key; problems of a single row travel with the row.
 */
final class ImportFiles {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;

    /** Columns without which no row can be imported: a header lacking one is refused once, not row by row. */
    static final List<String> REQUIRED_COLUMNS =
            List.of("externalId", "type", "authorEmail", "title", "summary", "periodStart");
    /** Fields whose text has lines and may keep line feeds and tabs; in the others they become spaces. */
    private static final Set<String> MULTI_LINE =
            Set.of("summary", "objectives", "actions", "partners", "results", "evaluation", "contact", "body");
    /** Terminal escape sequences (colours, cursor moves): removed whole, not only their escape character. */
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\n\t]]");
    private static final Pattern LAYOUT = Pattern.compile("[\n\t]");
    /** Bidirectional embeddings, overrides and isolates: they reorder what a reader sees (U+202E). */
    private static final Pattern BIDI_CONTROL = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private ImportFiles() {}

    /** The whole content, refusing more than {@link #MAX_BYTES}; closes the stream. */
    static byte[] read(InputStream in) {
        try (in) {
            var bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UserFacingException("import.error.file.too-large", MAX_BYTES / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw new UserFacingException("import.error.file.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON if the name says so, or, without a known extension, if the content starts with a brace. */
    static boolean isJson(String fileName, byte[] content) {
        var name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        var text = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).stripLeading();
        return text.startsWith("\uFEFF{") || text.startsWith("{");
    }

    static List<ImportRow> json(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new UserFacingException("import.error.file.json", location == null ? 0 : location.getLineNr());
        }
        var practices = root == null || !root.isObject() ? null : root.get("practices");
        if (practices == null || !practices.isArray()) {
            throw new UserFacingException("import.error.file.json-shape");
        }
        if (practices.size() > MAX_ROWS) {
            throw new UserFacingException("import.error.file.too-many-rows", MAX_ROWS);
        }
        var rows = new ArrayList<ImportRow>();
        var number = 0;
        for (var element : practices.values()) {
            rows.add(jsonRow(++number, element));
        }
        return rows;
    }

    private static ImportRow jsonRow(int number, JsonNode element) {
        var texts = new HashMap<String, String>();
        var lists = new HashMap<String, List<String>>();
        var problems = new ArrayList<ImportReport.Refusal>();
        if (!element.isObject()) {
            problems.add(problem(number, null, ImportReport.FILE, "import.error.not-an-object"));
            return new ImportRow(number, texts, lists, problems);
        }
        var externalId = element.get("externalId");
        var id = externalId != null && externalId.isString()
                ? blankToNull(clean("externalId", externalId.stringValue()))
                : null;
        for (var property : element.properties()) {
            var field = property.getKey();
            var value = property.getValue();
            if (!ImportRow.FIELDS.contains(field)) {
                problems.add(problem(number, id, field, "import.error.unknown-field", field));
            } else if (value.isNull()) {
                continue;
            } else if (ImportRow.LIST_FIELDS.contains(field)) {
                if (!value.isArray() || !value.values().stream().allMatch(JsonNode::isString)) {
                    problems.add(problem(number, id, field, "import.error.not-a-list"));
                } else {
                    lists.put(
                            field,
                            value.values().stream()
                                    .map(v -> clean(field, v.stringValue()))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList());
                }
            } else if (value.isString() || (field.equals("wholeNetwork") && value.isBoolean())) {
                var text = blankToNull(clean(field, value.asString()));
                if (text != null) {
                    texts.put(field, text);
                }
            } else {
                problems.add(problem(number, id, field, "import.error.not-text"));
            }
        }
        return new ImportRow(number, texts, lists, problems);
    }

    static List<ImportRow> csv(byte[] content) {
        var text = decodeUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark spreadsheet programs write
        }
        try (var parser = CSV.parse(new StringReader(text))) {
            var header = parser.getHeaderNames();
            var unknown =
                    header.stream().filter(h -> !ImportRow.FIELDS.contains(h)).toList();
            if (!unknown.isEmpty()) {
                throw new UserFacingException("import.error.file.csv-columns", String.join(", ", unknown));
            }
            var duplicates = header.stream()
                    .filter(h -> header.indexOf(h) != header.lastIndexOf(h))
                    .distinct()
                    .toList();
            if (!duplicates.isEmpty()) {
                throw new UserFacingException("import.error.file.csv-duplicate-columns", String.join(", ", duplicates));
            }
            var missing =
                    REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new UserFacingException("import.error.file.csv-missing-columns", String.join(", ", missing));
            }
            var rows = new ArrayList<ImportRow>();
            for (var record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new UserFacingException("import.error.file.too-many-rows", MAX_ROWS);
                }
                rows.add(csvRow(rows.size() + 1, record, header));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports broken quoting and duplicate or empty header names this way.
            throw new UserFacingException("import.error.file.csv");
        }
    }

    private static ImportRow csvRow(int number, CSVRecord record, List<String> header) {
        var texts = new HashMap<String, String>();
        var lists = new HashMap<String, List<String>>();
        var problems = new ArrayList<ImportReport.Refusal>();
        for (var field : header) {
            var value = record.isSet(field) ? blankToNull(clean(field, record.get(field))) : null;
            if (value == null) {
                continue;
            }
            if (ImportRow.LIST_FIELDS.contains(field)) {
                lists.put(
                        field,
                        Arrays.stream(value.split(";"))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList());
            } else {
                texts.put(field, value);
            }
        }
        if (!record.isConsistent()) {
            problems.add(problem(
                    number,
                    texts.get("externalId"),
                    ImportReport.FILE,
                    "import.error.columns",
                    record.size(),
                    header.size()));
        }
        return new ImportRow(number, texts, lists, problems);
    }

    private static String decodeUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("import.error.file.encoding");
        }
    }

    static ImportReport.Refusal problem(
            int row, @Nullable String externalId, String field, String key, Object... arguments) {
        return new ImportReport.Refusal(row, externalId, field, key, List.of(arguments));
    }

    /**
     * The text as stored: NFC (so that the same word typed on two systems is the same id and the same search
     * term), without control characters (PostgreSQL refuses U+0000; escape sequences and BEL are noise) or
     * bidirectional overrides, line feeds and tabs kept only in fields that have lines.
     */
    static String clean(String field, String text) {
        var cleaned = ESCAPE_SEQUENCE.matcher(text).replaceAll("");
        cleaned = LINE_BREAK.matcher(cleaned).replaceAll("\n");
        cleaned = CONTROL.matcher(cleaned).replaceAll("");
        cleaned = BIDI_CONTROL.matcher(cleaned).replaceAll("");
        if (!MULTI_LINE.contains(field)) {
            cleaned = LAYOUT.matcher(cleaned).replaceAll(" ");
        }
        return Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
