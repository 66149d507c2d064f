package eu.praxis.searchindex;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.jspecify.annotations.Nullable;

/**
 * The one shape of a search index document, shared by the index mappings of practices, discussion threads and
 * events (which live in their features) and the queries of {@code search}, which may depend on neither direction.
 * Text goes into the fields of its language ({@code title_fr}, {@code summary_fr}, {@code text_fr}), analysed
 * by that language's analyzer; languages without an analyzer of their own use {@link #OTHER_LANGUAGE}.
 * Field and analyzer names are only ever built here.
 */
public final class SearchDocument {

    /** Languages with their own stop words and stemmer (see the search package's analyzers). */
    public static final List<String> ANALYZED_LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl", "pt");
    /** ISO 639-2 "undetermined": the language-neutral fields (no stop words, no stemming). */
    public static final String OTHER_LANGUAGE = "und";

    /**
     * Raised with every change of the fields or of what is written into them: an index built with another version is
     * rebuilt at start-up. 2: {@link #NAME}. 3: {@link #EVIDENCE_LEVEL}, evidence texts of practices.
     */
    public static final int SCHEMA_VERSION = 3;
    /** The language suffixes of the text fields, {@link #OTHER_LANGUAGE} last. */
    public static final List<String> FIELD_LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl", "pt", "und");

    public static final String KIND = "kind";
    public static final String THEMES = "themes";
    public static final String GROUPS = "groups";
    public static final String COUNTRY = "country";
    public static final String CITY = "city";
    public static final String YEAR = "year";
    public static final String LANGUAGE = "language";
    public static final String DATE = "date";
    /** A practice's evidence level, by its code; absent for other kinds and for practices not yet reviewed (DD032). */
    public static final String EVIDENCE_LEVEL = "evidenceLevel";
    /** Each word's first letters in every language: "prevention", "prévention", "prevención" meet (DD019). */
    public static final String COGNATES = "cognates";

    public static final String COGNATE_ANALYZER = "praxis_cognates";
    /** Title and summary word by word, unstemmed: the vocabulary that spelling suggestions come from. */
    public static final String WORDS = "words";

    public static final String WORD_ANALYZER = "praxis_words";
    /** The city as a place name, case and accents folded, which the gazetteer's names are compared with. */
    public static final String PLACE = "place";

    public static final String PLACE_NORMALIZER = "praxis_place";
    /**
     * Short names a thing is known by, whole, case and accents folded (a project's acronym): typed alone, a name finds
     * what it names before the texts that merely mention it.
     */
    public static final String NAME = "name";

    public static final String DISPLAY_TITLE = "displayTitle";
    public static final String DISPLAY_SUMMARY = "displaySummary";
    public static final String SLUG = "slug";
    // permission fields: see the search package's SearchPermissions, the one place that reads them
    public static final String PUBLISHED = "published";
    public static final String WHOLE_NETWORK = "wholeNetwork";
    /** The practice's author (of a practice's thread: the practice's); -1 for a group thread. */
    public static final String OWNER = "owner";

    public static final String OWNER_ORGANISATION = "ownerOrganisation";
    /** Who wrote this item (a thread's starter); sees it even when hidden. */
    public static final String AUTHOR = "author";

    public static final String HIDDEN = "hidden";
    /** Soft-deleted by a moderator: only the secretariat finds it. */
    public static final String DELETED = "deleted";
    /** For members only, never researchers (a general assembly, a group's members-only event); absent: false. */
    public static final String MEMBERS_ONLY = "membersOnly";

    /** Texts indexed per practice beyond this many characters are left out (a practice may carry 20 MB of attachments). */
    public static final int TEXT_MAX = 300_000;

    private SearchDocument() {}

    public static String fieldLanguage(String language) {
        return ANALYZED_LANGUAGES.contains(language) ? language : OTHER_LANGUAGE;
    }

    public static String title(String fieldLanguage) {
        return "title_" + fieldLanguage;
    }

    public static String summary(String fieldLanguage) {
        return "summary_" + fieldLanguage;
    }

    public static String text(String fieldLanguage) {
        return "text_" + fieldLanguage;
    }

    /** The index-time analyzer of a field language. */
    public static String analyzer(String fieldLanguage) {
        return "praxis_" + fieldLanguage;
    }

    /** The concepts and places a text of this language mentions, as language-neutral tokens (DD019). */
    public static String concepts(String fieldLanguage) {
        return "concepts_" + fieldLanguage;
    }

    /** The analyzer that reduces a text of this language to its concepts' and places' tokens. */
    public static String conceptAnalyzer(String fieldLanguage) {
        return "praxis_concepts_" + fieldLanguage;
    }

    /** What an entity contributes to its document; {@code kind} is a {@code ResultKind} name. */
    public record Content(
            String kind,
            String language,
            String title,
            String summary,
            String text,
            Set<Long> themeIds,
            Set<Long> groupIds,
            @Nullable String country,
            @Nullable String city,
            int year,
            @Nullable Instant date,
            String slug,
            boolean published,
            boolean wholeNetwork,
            long ownerId,
            long ownerOrganisationId,
            long authorId,
            boolean hidden,
            boolean deleted,
            boolean membersOnly,
            Set<String> names) {}

    /** Declares every field of the document on a type binding; the bridge then writes with {@link Fields#write}. */
    public static Fields declare(TypeBindingContext context) {
        return new Fields(context);
    }

    /** The declared fields of one mapped type. */
    public static final class Fields {

        private final List<IndexFieldReference<String>> titles = new ArrayList<>();
        private final List<IndexFieldReference<String>> summaries = new ArrayList<>();
        private final List<IndexFieldReference<String>> texts = new ArrayList<>();
        private final List<IndexFieldReference<String>> concepts = new ArrayList<>();
        private final IndexFieldReference<String> cognates;
        private final IndexFieldReference<String> words;
        private final IndexFieldReference<String> place;
        private final IndexFieldReference<String> name;
        private final IndexFieldReference<String> kind;
        private final IndexFieldReference<Long> themes;
        private final IndexFieldReference<Long> groups;
        private final IndexFieldReference<String> country;
        private final IndexFieldReference<String> city;
        private final IndexFieldReference<Integer> year;
        private final IndexFieldReference<String> language;
        private final IndexFieldReference<Instant> date;
        private final IndexFieldReference<String> evidenceLevel;
        private final IndexFieldReference<String> displayTitle;
        private final IndexFieldReference<String> displaySummary;
        private final IndexFieldReference<String> slug;
        private final IndexFieldReference<Boolean> published;
        private final IndexFieldReference<Boolean> wholeNetwork;
        private final IndexFieldReference<Long> owner;
        private final IndexFieldReference<Long> ownerOrganisation;
        private final IndexFieldReference<Long> author;
        private final IndexFieldReference<Boolean> hidden;
        private final IndexFieldReference<Boolean> deleted;
        private final IndexFieldReference<Boolean> membersOnly;

        private Fields(TypeBindingContext context) {
            var schema = context.indexSchemaElement();
            var factory = context.typeFactory();
            for (var lang : FIELD_LANGUAGES) {
                var type = factory.asString()
                        .analyzer(analyzer(lang))
                        .highlightable(List.of(Highlightable.ANY))
                        .termVector(TermVector.WITH_POSITIONS_OFFSETS)
                        .toIndexFieldType();
                titles.add(schema.field(title(lang), type).toReference());
                summaries.add(schema.field(summary(lang), type).toReference());
                texts.add(schema.field(text(lang), type).toReference());
                concepts.add(schema.field(concepts(lang), f -> f.asString().analyzer(conceptAnalyzer(lang)))
                        .toReference());
            }
            cognates = schema.field(COGNATES, f -> f.asString().analyzer(COGNATE_ANALYZER))
                    .toReference();
            words = schema.field(WORDS, f -> f.asString().analyzer(WORD_ANALYZER))
                    .toReference();
            place = schema.field(PLACE, f -> f.asString().normalizer(PLACE_NORMALIZER))
                    .toReference();
            name = schema.field(NAME, f -> f.asString().normalizer(PLACE_NORMALIZER))
                    .multiValued()
                    .toReference();
            var keyword = factory.asString()
                    .aggregable(Aggregable.YES)
                    .projectable(Projectable.YES)
                    .toIndexFieldType();
            var ids = factory.asLong()
                    .aggregable(Aggregable.YES)
                    .projectable(Projectable.YES)
                    .toIndexFieldType();
            var flag = factory.asBoolean().toIndexFieldType();
            // shown as badges to those who still find moderated items (their author, leads, the secretariat)
            var moderationFlag =
                    factory.asBoolean().projectable(Projectable.YES).toIndexFieldType();
            var stored = factory.asString()
                    .searchable(Searchable.NO)
                    .projectable(Projectable.YES)
                    .toIndexFieldType();
            kind = schema.field(KIND, keyword).toReference();
            themes = schema.field(THEMES, ids).multiValued().toReference();
            groups = schema.field(GROUPS, ids).multiValued().toReference();
            country = schema.field(COUNTRY, keyword).toReference();
            city = schema.field(CITY, keyword).toReference();
            year = schema.field(
                            YEAR, f -> f.asInteger().aggregable(Aggregable.YES).projectable(Projectable.YES))
                    .toReference();
            language = schema.field(LANGUAGE, keyword).toReference();
            date = schema.field(DATE, f -> f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
                    .toReference();
            evidenceLevel = schema.field(EVIDENCE_LEVEL, keyword).toReference();
            displayTitle = schema.field(DISPLAY_TITLE, stored).toReference();
            displaySummary = schema.field(DISPLAY_SUMMARY, stored).toReference();
            slug = schema.field(SLUG, stored).toReference();
            published = schema.field(PUBLISHED, flag).toReference();
            wholeNetwork = schema.field(WHOLE_NETWORK, flag).toReference();
            owner = schema.field(OWNER, f -> f.asLong()).toReference();
            ownerOrganisation =
                    schema.field(OWNER_ORGANISATION, f -> f.asLong()).toReference();
            author = schema.field(AUTHOR, f -> f.asLong()).toReference();
            hidden = schema.field(HIDDEN, moderationFlag).toReference();
            deleted = schema.field(DELETED, moderationFlag).toReference();
            membersOnly = schema.field(MEMBERS_ONLY, flag).toReference();
        }

        public void write(DocumentElement target, Content content) {
            int i = FIELD_LANGUAGES.indexOf(fieldLanguage(content.language()));
            target.addValue(titles.get(i), content.title());
            target.addValue(summaries.get(i), content.summary());
            var text = bounded(content.text());
            target.addValue(texts.get(i), text);
            // the title twice: a concept named in the title says more about the text than one in passing
            target.addValue(
                    concepts.get(i),
                    String.join(
                            "\n",
                            content.title(),
                            content.title(),
                            content.summary(),
                            text,
                            content.city() == null ? "" : content.city()));
            target.addValue(cognates, String.join("\n", content.title(), content.summary(), text));
            target.addValue(words, content.title() + "\n" + content.summary());
            target.addValue(place, content.city());
            content.names().forEach(n -> target.addValue(name, n));
            target.addValue(kind, content.kind());
            content.themeIds().forEach(id -> target.addValue(themes, id));
            content.groupIds().forEach(id -> target.addValue(groups, id));
            target.addValue(country, content.country());
            target.addValue(city, content.city());
            target.addValue(year, content.year());
            target.addValue(language, content.language());
            target.addValue(date, content.date());
            target.addValue(displayTitle, content.title());
            target.addValue(
                    displaySummary,
                    content.summary().length() > 600 ? content.summary().substring(0, 600) : content.summary());
            target.addValue(slug, content.slug());
            target.addValue(published, content.published());
            target.addValue(wholeNetwork, content.wholeNetwork());
            target.addValue(owner, content.ownerId());
            target.addValue(ownerOrganisation, content.ownerOrganisationId());
            target.addValue(author, content.authorId());
            target.addValue(hidden, content.hidden());
            target.addValue(deleted, content.deleted());
            target.addValue(membersOnly, content.membersOnly());
        }

        /** A practice's evidence level, by its code; nothing for none. */
        public void writeEvidenceLevel(DocumentElement target, @Nullable String code) {
            target.addValue(evidenceLevel, code);
        }

        private static String bounded(String text) {
            return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
        }
    }

    /** The year of an instant in UTC, for the year facet. */
    public static int yearOf(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).getYear();
    }
}
