package eu.praxis.practice;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One data row of an import file as read, before validation: text fields (blank = absent), the two
 * list fields, and the problems already found while reading (a number where text belongs, an unknown
 * field).
 */
record ImportRow(
        int number, Map<String, String> texts, Map<String, List<String>> lists, List<ImportReport.Refusal> problems) {

    /** The fields of the import format other than the lists; the contract with docs/import-format.md. */
    static final List<String> TEXT_FIELDS = List.of(
            "externalId",
            "type",
            "status",
            "authorEmail",
            "title",
            "summary",
            "city",
            "country",
            "language",
            "periodStart",
            "periodEnd",
            "wholeNetwork",
            "objectives",
            "actions",
            "partners",
            "results",
            "evaluation",
            "contact",
            "body");

    static final List<String> LIST_FIELDS = List.of("themes", "groups");
    static final Set<String> FIELDS =
            Set.copyOf(Stream.concat(TEXT_FIELDS.stream(), LIST_FIELDS.stream()).toList());

    ImportRow {
        texts = Map.copyOf(texts);
        lists = Map.copyOf(lists);
        problems = List.copyOf(problems);
    }

    @Nullable
    String text(String field) {
        return texts.get(field);
    }

    List<String> list(String field) {
        return lists.getOrDefault(field, List.of());
    }

    @Nullable
    String externalId() {
        return text("externalId");
    }
}
