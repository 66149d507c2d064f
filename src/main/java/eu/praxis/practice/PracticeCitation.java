package eu.praxis.practice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to cite one version of a practice (DD032): an APA-like line and a BibTeX entry, both naming the version and
 * its stable address ({@link PracticePaths#version}), so that a citation still leads to the text it quotes after the
 * practice changed. {@code organisationName} is the author in the citation (the member is the city, not the person);
 * the person who wrote it goes into BibTeX's note. Pure: the same facts give the same text.
 */
public record PracticeCitation(
        long practiceId,
        int version,
        String title,
        String authorName,
        String organisationName,
        Instant updatedAt,
        String url) {

    /** The publisher named in citations. */
    public static final String PUBLISHER = "Praxis";

    private static final Pattern BIBTEX_SPECIAL = Pattern.compile("[\\\\{}%&$#_~^]");

    /** The year of the version, in UTC (the same everywhere). */
    public int year() {
        return updatedAt.atOffset(ZoneOffset.UTC).getYear();
    }

    /** "Ville de Liège (2025). Night mayor (version 3). Praxis. https://…/practices/12/v/3" */
    public String apa() {
        return creator() + " (" + year() + "). " + stripEnd(title) + " (version " + version + "). " + PUBLISHER + ". "
                + url;
    }

    /** A {@code @misc} entry whose key names the practice and the version. */
    public String bibtex() {
        var date = updatedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        var note = "Version " + version + " of " + date + (authorName.isBlank() ? "" : ", written by " + authorName);
        return "@misc{praxis-practice-" + practiceId + "-v" + version + ",\n"
                + "  title = {" + bibtex(title) + "},\n"
                // double braces: a corporate author, not "first last"
                + "  author = {{" + bibtex(creator()) + "}},\n"
                + "  year = {" + year() + "},\n"
                + "  version = {" + version + "},\n"
                + "  publisher = {" + PUBLISHER + "},\n"
                + "  url = {" + url + "},\n"
                + "  note = {" + bibtex(note) + "}\n"
                + "}";
    }

    private String creator() {
        return organisationName.isBlank() ? authorName : organisationName;
    }

    /** A title ending in a full stop or question mark keeps it, without a second one after the version. */
    private static String stripEnd(String text) {
        var stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /** BibTeX's special characters escaped, so that a title cannot break the entry. */
    static String bibtex(String text) {
        return BIBTEX_SPECIAL.matcher(text.replace('\n', ' ').strip()).replaceAll(m -> switch (m.group()) {
            case "\\" -> Matcher.quoteReplacement("\\textbackslash{}");
            case "~" -> Matcher.quoteReplacement("\\textasciitilde{}");
            case "^" -> Matcher.quoteReplacement("\\textasciicircum{}");
            default -> Matcher.quoteReplacement("\\" + m.group());
        });
    }
}
