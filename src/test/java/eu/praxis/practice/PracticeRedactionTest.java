package eu.praxis.practice;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.practice.PracticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.FileStore;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.PracticeFixtures.Cast;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.search.SearchHit;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Redaction (issue 19, DD029). The proof: a practice names a trainer (in its objectives, in every revision), a person a
 * lead already edited out of its actions (in older revisions only), a phone contact (a whole field) and an interview in
 * an attachment whose file name names someone too; after the lead has redacted them, none of these words is in any
 * column of any table (the current rows, the Envers revisions, attachments, the audit log, events), nor found by the
 * search, in the API's practice or search, or in the export; the attachment's bytes are gone from the file store. And
 * the refusals: who may not redact, a passage not found, a reason missing or repeating the passage.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class PracticeRedactionTest {

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeRedaction redaction;

    @Autowired
    PracticeLibrary library;

    @Autowired
    SearchService search;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    FileStore store;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationFixtures organisationFixtures;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    JdbcTemplate jdbc;
    Cast c;
    Who secretariat;
    Who outsider;
    /** Words no other text has: a title word that still finds the practice, and the five to remove. */
    String titleWord = "";

    String trainer = "";
    String editedOut = "";
    String phoneContact = "";
    String interviewee = "";
    String fileWord = "";
    byte[] interview = new byte[0];
    long practice;
    long attachment;

    /** Created, given the attachment, published; then a lead takes a name out of the actions, with a reason. */
    @BeforeEach
    void aPracticeThatNamesPeople() {
        jdbc = new JdbcTemplate(dataSource);
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var otherOrganisation = organisationFixtures.city();
        c = fixtures.cast(organisationFixtures.city(), otherOrganisation);
        secretariat =
                new Who(CurrentUser.require().personId(), CurrentUser.require().organisationId(), Role.ADMIN);
        outsider = c.outsider();
        titleWord = SearchTestSupport.word();
        trainer = SearchTestSupport.word();
        editedOut = SearchTestSupport.word();
        phoneContact = SearchTestSupport.word();
        interviewee = SearchTestSupport.word();
        fileWord = SearchTestSupport.word();
        var groupIds = Set.of(c.privateGroup().id(), c.researcherGroup().id());
        var draft = draft(groupIds, "Night walks with " + editedOut + " and the mediators.");
        practice = as(c.author(), () -> practices.create(draft));
        interview = ("Interview with " + interviewee + " about the helpline.\n").getBytes(StandardCharsets.UTF_8);
        attachment = as(
                        c.author(),
                        () -> practices.attach(
                                practice, new ByteArrayInputStream(interview), "interview-" + fileWord + ".txt"))
                .id();
        as(c.author(), () -> practices.publish(practice));
        as(
                c.lead(),
                () -> practices.update(
                        practice, draft(groupIds, "Night walks with the mediators."), null, "Took a name out."));
    }

    @Test
    void the_removed_words_are_found_nowhere_afterwards() {
        var words = List.of(trainer, editedOut, phoneContact, interviewee, fileWord);
        new SearchTestSupport(dataSource).awaitIndexed();
        // the test can fail: before, the database holds every word and the search finds the current ones
        assertThat(columnsHolding(words))
                .containsKeys(
                        "practice.objectives",
                        "practice_aud.actions",
                        "practice.contact",
                        "attachment.extracted_text",
                        "attachment.file_name",
                        "practice_aud.attachment_names");
        for (var word : List.of(trainer, phoneContact, interviewee)) {
            assertThat(hitIds(c.member(), word)).as(word).contains(practice);
        }

        assertThat(as(
                        c.lead(),
                        () -> redaction.redactPassage(
                                practice, RedactableField.OBJECTIVES, trainer, "The trainer's name.")))
                .as("revisions 1 to 4 name the trainer")
                .isEqualTo(4);
        assertThat(as(
                        c.lead(),
                        () -> redaction.redactPassage(
                                practice, RedactableField.ACTIONS, " " + editedOut + " ", "A name taken out before.")))
                .as("only the three revisions before the lead's edit")
                .isEqualTo(3);
        assertThat(as(c.lead(), () -> redaction.redactField(practice, RedactableField.CONTACT, "A private phone.")))
                .isEqualTo(5);
        assertThat(as(c.lead(), () -> redaction.redactAttachment(attachment, "An interview with a victim.")))
                .as("every revision since the file was attached")
                .isEqualTo(5);
        new SearchTestSupport(dataSource).awaitIndexed();

        assertThat(columnsHolding(words)).as("columns holding a removed word").isEmpty();
        assertThat(store.exists(sha256(interview))).isFalse();
        for (var word : words) {
            for (var who : List.of(c.member(), c.lead(), secretariat)) {
                assertThat(hitIds(who, word)).as("%s searching %s", who, word).doesNotContain(practice);
            }
        }
        var found = as(c.member(), () -> search.search(SearchRequest.of(titleWord, SearchScope.LIBRARY), 0, 20));
        assertThat(found.hits()).extracting(SearchHit::id).contains(practice);
        assertThat(found.hits().toString()).doesNotContain(words.toArray(String[]::new));

        var page = as(c.member(), () -> library.get(practice));
        assertThat(page.objectives())
                .isEqualTo("Mediators trained by " + PracticeRedaction.MARKER + " on the squares.");
        assertThat(page.contact()).isEqualTo(PracticeRedaction.MARKER);
        assertThat(page.attachments()).isEmpty();
        var history = as(c.author(), () -> library.history(practice));
        assertThat(history).hasSize(7);
        assertThat(history.getFirst().reason()).isEqualTo("An interview with a victim.");
        var created = as(
                c.author(), () -> library.revision(practice, history.getLast().revisionNumber()));
        assertThat(created.actions()).isEqualTo("Night walks with " + PracticeRedaction.MARKER + " and the mediators.");

        var token = as(c.member(), () -> tokens.create("Redaction test", null)).secret();
        var http = TestHttp.visitor(port);
        for (var path : List.of(
                "/api/v1/practices/" + practice,
                "/api/v1/search?q=" + titleWord,
                "/api/v1/search/export.csv?q=" + titleWord,
                "/api/v1/search/export.json?q=" + titleWord)) {
            var response = http.get(path, token);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains(titleWord).doesNotContain(words.toArray(String[]::new));
        }
        assertThat(http.get("/api/v1/practices/" + practice, token).body()).contains(PracticeRedaction.MARKER);

        assertThat(jdbc.queryForList(
                        "select actor_id, reason, detail from audit_entry"
                                + " where action = 'practice.redact' and target_id = ? order by id",
                        practice))
                .extracting(row -> row.get("actor_id") + " | " + row.get("reason") + " | " + row.get("detail"))
                .containsExactly(
                        c.lead().id() + " | The trainer's name. | field=objectives scope=passage revisions=4",
                        c.lead().id() + " | A name taken out before. | field=actions scope=passage revisions=3",
                        c.lead().id() + " | A private phone. | field=contact scope=field revisions=5",
                        c.lead().id() + " | An interview with a victim. | attachment=" + attachment + " revisions=5");
    }

    @Test
    void only_the_moderators_of_the_practice_redact_and_never_their_own() {
        for (var who : List.of(c.author(), c.colleague(), c.member(), c.researcher())) {
            assertRefused(
                    () -> as(who, () -> redaction.redactField(practice, RedactableField.CONTACT, "Not mine to do.")),
                    AccessDeniedException.class);
            assertRefused(
                    () -> as(who, () -> redaction.redactAttachment(attachment, "Not mine to do.")),
                    AccessDeniedException.class);
        }
        assertRefused(
                () -> as(outsider, () -> redaction.redactField(practice, RedactableField.CONTACT, "Who knows.")),
                NotFoundException.class);
        var leadsOwn = as(
                c.lead(),
                () -> practices.create(sheet(
                        unique("The lead's own"),
                        Set.of(),
                        Set.of(c.privateGroup().id()),
                        false)));
        as(c.lead(), () -> practices.publish(leadsOwn));
        assertThatThrownBy(() ->
                        as(c.lead(), () -> redaction.redactField(leadsOwn, RedactableField.CONTACT, "My own number.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.own-practice"));
        assertThat(as(c.author(), () -> library.get(practice)).contact()).contains(phoneContact);
        assertThat(redactions()).isZero();
    }

    @Test
    void a_passage_found_in_no_version_is_refused_with_a_clear_message_and_changes_nothing() {
        assertMessage(
                () -> redaction.redactPassage(practice, RedactableField.OBJECTIVES, "Mario Rossi", "A name."),
                "practice.redaction.error.not-found");
        // in another field than the one chosen: not found either
        assertMessage(
                () -> redaction.redactPassage(practice, RedactableField.SUMMARY, trainer, "A name."),
                "practice.redaction.error.not-found");
        assertMessage(
                () -> redaction.redactField(practice, RedactableField.BODY, "A sheet has no body."),
                "practice.redaction.error.empty-field");
        assertMessage(
                () -> redaction.redactPassage(practice, RedactableField.OBJECTIVES, "  ", "Nothing."),
                "practice.redaction.error.passage");

        assertThat(as(c.author(), () -> library.get(practice)).objectives()).contains(trainer);
        assertThat(as(c.author(), () -> library.history(practice))).hasSize(4);
        assertThat(redactions()).isZero();
    }

    @Test
    void a_reason_is_required_and_must_not_repeat_what_is_removed() {
        for (var blank : List.of("", "   ")) {
            assertMessage(
                    () -> redaction.redactPassage(practice, RedactableField.OBJECTIVES, trainer, blank),
                    "error.moderation.reason");
        }
        assertMessage(
                () -> redaction.redactPassage(
                        practice, RedactableField.OBJECTIVES, trainer, "Named " + trainer.toUpperCase(Locale.ROOT)),
                "practice.redaction.error.reason-repeats");
        assertMessage(
                () -> redaction.redactAttachment(attachment, "interview-" + fileWord + ".txt names her"),
                "practice.redaction.error.reason-repeats");

        assertThat(as(c.author(), () -> library.get(practice)).attachments()).hasSize(1);
        assertThat(redactions()).isZero();
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private PracticeDraft draft(Set<Long> groupIds, String actions) {
        return new PracticeDraft(
                PracticeType.SHEET,
                unique("Helpline " + titleWord),
                "A helpline for victims, open day and night.",
                "Turin",
                "IT",
                "en",
                LocalDate.of(2024, 1, 1),
                null,
                Set.of(),
                groupIds,
                false,
                "Mediators trained by " + trainer + " on the squares.",
                actions,
                null,
                "Fewer complaints.",
                null,
                "Ask for " + phoneContact + " at the town hall.",
                null);
    }

    /**
     * Every text column of every table (and binary ones, read as text) that holds one of the words, as
     * {@code table.column}: plain SQL over the whole schema, so that no copy escapes because nobody thought of it.
     */
    private TreeMap<String, Long> columnsHolding(List<String> words) {
        var holding = new TreeMap<String, Long>();
        var columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and data_type in ('character varying', 'text', 'bytea')""");
        for (var column : columns) {
            var table = (String) column.get("table_name");
            var name = (String) column.get("column_name");
            var value =
                    "bytea".equals(column.get("data_type")) ? "encode(\"" + name + "\", 'escape')" : "\"" + name + "\"";
            var condition =
                    words.stream().map(w -> "lower(" + value + ") like ?").collect(Collectors.joining(" or "));
            var count = jdbc.queryForObject(
                    "select count(*) from \"" + table + "\" where " + condition,
                    Long.class,
                    words.stream()
                            .map(w -> "%" + w.toLowerCase(Locale.ROOT) + "%")
                            .toArray());
            if (count != null && count > 0) {
                holding.put(table + "." + name, count);
            }
        }
        return holding;
    }

    private List<Long> hitIds(Who who, String word) {
        return as(who, () -> search.search(SearchRequest.of(word, SearchScope.LIBRARY), 0, 50)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    private long redactions() {
        var count = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'practice.redact' and target_id = ?",
                Long.class,
                practice);
        return count == null ? 0 : count;
    }

    /** The lead tries; the service refuses with the message {@code key}. */
    private void assertMessage(Runnable redact, String key) {
        assertThatThrownBy(() -> as(c.lead(), redact))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void assertRefused(ThrowingCallable call, Class<? extends Exception> refusal) {
        assertThatThrownBy(call).isInstanceOf(refusal);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
