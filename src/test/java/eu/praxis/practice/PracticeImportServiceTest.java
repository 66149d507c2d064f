package eu.praxis.practice;

import static eu.praxis.practice.ImportFileBuilder.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.JoinPolicy;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.ImportReport.Outcome;
import eu.praxis.practice.ImportReport.Refusal;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Bulk import: the example files of docs/import, re-import by external id, refusals by row and field,
 * whole-file refusals, the background job, and that only admins import. Rows have unique external ids,
 * so tests do not see each other's practices.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class PracticeImportServiceTest {

    private static final Path EXAMPLES = Path.of("docs/import");

    @Autowired
    PracticeImportService imports;

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestPeople people;

    @Autowired
    OrganisationFixtures organisations;

    @Autowired
    GroupFixtures groups;

    /** The authors of the example files and of the test files, each in an organisation of their city. */
    TestPeople.Account joris;

    TestPeople.Account anna;
    TestPeople.Account katrin;
    /** The group the test files share their sheets in. */
    GroupDetails nightlife;

    @BeforeEach
    void authorsAndGroups() {
        joris = author("Joris Peeters", "BE", "Leuven");
        anna = author("Anna Lindqvist", "SE", "Malmö");
        katrin = author("Katrin Vogel", "DE", "Essen");
        nightlife = groups.group("Nightlife", JoinPolicy.OPEN, true);
    }

    private TestPeople.Account author(String name, String country, String city) {
        var email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        return people.account(organisations.city(country, city), Role.MEMBER, Locale.ENGLISH, email, name, null);
    }

    /**
     * An example file of docs/import as written for the demo, with this test's authors (same names, same cities),
     * groups of its own in place of the demo's, and external ids of its own.
     */
    private String example(String fileName) throws IOException {
        var text = Files.readString(EXAMPLES.resolve(fileName))
                .replace("joris.peeters@leuven.example", joris.email())
                .replace("anna.lindqvist@malmo.example", anna.email())
                .replace("katrin.vogel@essen.example", katrin.email())
                .replace("example-", "example-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        for (var slug : List.of("drugs-harm-reduction", "polarisation-radicalisation", "security-innovation")) {
            var group = groups.group(slug, JoinPolicy.OPEN, true).slug();
            text = fileName.endsWith(".json")
                    ? text.replace("\"groups\": [\"" + slug + "\"]", "\"groups\": [\"" + group + "\"]")
                    : text.replace("," + slug + ",", "," + group + ",");
        }
        return text;
    }

    @Test
    void the_example_json_file_creates_its_practices_and_importing_it_again_updates_instead_of_duplicating()
            throws IOException {
        var file = example("example-practices.json");

        var first = imports.importJson(text(file));

        assertThat(first.refused()).isEmpty();
        assertThat(first.imported())
                .extracting(ImportReport.Row::outcome)
                .containsOnly(Outcome.CREATED)
                .hasSize(3);
        var essen = first.imported().getFirst().practiceId();
        var details = library.get(essen);
        assertThat(details.authorName()).isEqualTo(katrin.name());
        assertThat(details.status()).isEqualTo(PracticeStatus.PUBLISHED);
        // imported as a draft, which only its author's organisation reads, not the secretariat (DD023)
        assertThatThrownBy(() -> library.get(first.imported().get(2).practiceId()))
                .isInstanceOf(NotFoundException.class);
        var revisions = library.history(essen).size();

        var same = imports.importJson(text(file));

        assertThat(same.imported())
                .extracting(ImportReport.Row::practiceId)
                .containsExactlyElementsOf(first.imported().stream()
                        .map(ImportReport.Row::practiceId)
                        .toList());
        assertThat(same.imported()).extracting(ImportReport.Row::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(library.history(essen)).hasSize(revisions);

        var changed = imports.importJson(
                text(file.replace("Spritzenautomaten für die Nacht", "Spritzenautomaten rund um die Uhr")));

        assertThat(changed.imported())
                .extracting(ImportReport.Row::practiceId, ImportReport.Row::outcome)
                .containsExactly(
                        tuple(essen, Outcome.UPDATED),
                        tuple(first.imported().get(1).practiceId(), Outcome.UNCHANGED),
                        tuple(first.imported().get(2).practiceId(), Outcome.UNCHANGED));
        assertThat(library.get(essen).title()).isEqualTo("Spritzenautomaten rund um die Uhr");
        assertThat(library.history(essen)).hasSize(revisions + 1);
        assertThat(library.history(essen).getFirst().changedFields()).contains("title");
    }

    @Test
    void the_example_csv_file_imports_with_the_author_organisations_place_where_the_row_has_none() throws IOException {
        InputStream file = text(example("example-practices.csv"));

        var report = imports.importCsv(file);

        assertThat(report.refused()).isEmpty();
        assertThat(report.count(Outcome.CREATED)).isEqualTo(3);
        var essen = library.get(report.imported().get(2).practiceId());
        assertThat(essen.type()).isEqualTo(PracticeType.CASE_STUDY);
        assertThat(essen.city()).isEqualTo("Essen");
        assertThat(essen.country()).isEqualTo("DE");
        assertThat(essen.wholeNetwork()).isTrue();
        assertThat(library.get(report.imported().get(1).practiceId()).themes())
                .extracting(ThemeItem::code)
                .containsExactlyInAnyOrder("urban-planning-design", "victims", "public-space");
    }

    @Test
    void a_json_file_with_bad_rows_imports_the_good_ones_and_says_which_row_and_field_failed_and_why() {
        var file = new ImportFileBuilder(joris.email(), nightlife.slug())
                .sheet()
                .sheet("authorEmail", "nobody@nowhere.example")
                .sheet("themes", List.of("nightlife", "no-such-theme"))
                .sheet("periodStart", "2022-02-30")
                .sheet("title", null)
                .sheet("objectives", null)
                .sheet("status", "DRAFT", "objectives", null)
                .sheet("externalId", "x".repeat(101), "periodEnd", "2021-01-01", "wholeNetwork", "maybe");

        var report = imports.importJson(file.json());

        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.imported()).extracting(ImportReport.Row::row).containsExactly(1, 7);
        assertThat(report.refused())
                .extracting(Refusal::row, Refusal::field, Refusal::messageKey)
                .containsExactly(
                        tuple(2, "authorEmail", "import.error.author-unknown"),
                        tuple(3, "themes", "import.error.theme-unknown"),
                        tuple(4, "periodStart", "import.error.date"),
                        tuple(5, "title", "practice.error.title"),
                        tuple(6, "objectives", "practice.error.publish.objectives"),
                        tuple(8, "externalId", "import.error.too-long"),
                        tuple(8, "periodEnd", "practice.error.period"),
                        tuple(8, "wholeNetwork", "import.error.boolean"));
        assertThat(report.refused().get(1).arguments()).containsExactly("no-such-theme");
        assertThat(report.refused().get(1).externalId()).isEqualTo(file.externalId(3));
    }

    @Test
    void a_csv_file_with_bad_rows_imports_the_good_ones_and_reports_the_others() {
        var id = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        var csv = """
                externalId,type,authorEmail,title,summary,language,periodStart,periodEnd,themes,groups,wholeNetwork,body
                %1$s-1,CASE_STUDY,anna.lindqvist@malmo.example,"Night buses, safer","A case, with a comma.",sv,2020-04-01,,victims;youth,nightlife,,"A ""quoted"" body."
                %1$s-2,CASE_STUDY,anna.lindqvist@malmo.example,No audience,Summary.,en,2020-04-01,,,,false,Body.
                %1$s-3,CASE_STUDY,anna.lindqvist@malmo.example,Unknown group,Summary.,xx,2020-04-01,2019-01-01,,no-such-group,,Body.
                %1$s-1,CASE_STUDY,anna.lindqvist@malmo.example,Same id again,Summary.,en,2020-04-01,,,,true,Body.
                """.formatted(id)
                .replace("anna.lindqvist@malmo.example", anna.email())
                .replace(",nightlife,", "," + nightlife.slug() + ",");

        var report = imports.importCsv(text(csv));

        assertThat(report.imported())
                .extracting(ImportReport.Row::row, ImportReport.Row::outcome)
                .containsExactly(tuple(1, Outcome.CREATED));
        var practice = library.get(report.imported().getFirst().practiceId());
        assertThat(practice.title()).isEqualTo("Night buses, safer");
        assertThat(practice.body()).isEqualTo("A \"quoted\" body.");
        assertThat(practice.themes()).extracting(ThemeItem::code).containsExactlyInAnyOrder("victims", "youth");
        assertThat(report.refused())
                .extracting(Refusal::row, Refusal::field, Refusal::messageKey)
                .containsExactly(
                        tuple(2, "groups", "practice.error.no-audience"),
                        tuple(3, "language", "import.error.language"),
                        tuple(3, "periodEnd", "practice.error.period"),
                        tuple(3, "groups", "import.error.group-unknown"),
                        tuple(4, "externalId", "import.error.duplicate-id"));
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_as_a_whole() {
        assertThat(imports.importJson(text("practices: [not json")).fileError())
                .extracting(Refusal::row, Refusal::field, Refusal::messageKey)
                .containsExactly(0, ImportReport.FILE, "import.error.file.json");
        assertThat(imports.importJson(text("[1, 2, 3]")).fileError().messageKey())
                .isEqualTo("import.error.file.json-shape");
        assertThat(imports.importCsv(text("externalId,type,authorEmail,title,summary,periodStart\n\"unclosed,quote\n"))
                        .fileError()
                        .messageKey())
                .isEqualTo("import.error.file.csv");
        assertThat(imports.importCsv(text("externalId,titel\na,b\n"))
                        .fileError()
                        .arguments())
                .containsExactly("titel");
        var garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(imports.importCsv(new java.io.ByteArrayInputStream(garbage)).fileError())
                .isNotNull();
        assertThat(imports.importJson(text("")).fileError().messageKey()).isEqualTo("import.error.file.empty");
    }

    /** U+0000 made PostgreSQL refuse the row; escape sequences, BEL and U+202E were stored as they came. */
    @Test
    void control_characters_escape_sequences_and_bidi_overrides_are_removed_and_lines_kept_where_text_has_them() {
        var file = new ImportFileBuilder(joris.email(), nightlife.slug())
                .sheet(
                        "title", "Night\u0000 buses\u0007 \u001B[31mred\u001B[0m \u202Eevil\ttitle",
                        "summary", "First line\r\nSecond\tline\u0000",
                        "city", "Gent\u2066\u2069");

        var report = imports.importJson(file.json());

        assertThat(report.refused()).isEmpty();
        var practice = library.get(report.imported().getFirst().practiceId());
        assertThat(practice.title()).isEqualTo("Night buses red evil title");
        assertThat(practice.summary()).isEqualTo("First line\nSecond\tline");
        assertThat(practice.city()).isEqualTo("Gent");
    }

    @Test
    void ids_that_differ_only_in_case_or_unicode_normalisation_are_one_practice() {
        var id = "Café-" + UUID.randomUUID().toString().substring(0, 8);
        var decomposed = java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFD)
                .toUpperCase(Locale.ROOT);
        var first = new ImportFileBuilder(joris.email(), nightlife.slug())
                .sheet("externalId", id)
                .sheet("externalId", decomposed);

        var report = imports.importJson(first.json());

        assertThat(report.imported()).extracting(ImportReport.Row::row).containsExactly(1);
        assertThat(report.refused())
                .extracting(Refusal::row, Refusal::messageKey)
                .containsExactly(tuple(2, "import.error.duplicate-id"));
        var again = imports.importJson(new ImportFileBuilder(joris.email(), nightlife.slug())
                .sheet("externalId", decomposed, "title", "Renamed")
                .json());
        assertThat(again.imported())
                .extracting(ImportReport.Row::practiceId, ImportReport.Row::outcome)
                .containsExactly(tuple(report.imported().getFirst().practiceId(), Outcome.UPDATED));
    }

    @Test
    void years_outside_1900_to_next_year_are_refused_with_the_bounds() {
        var file = new ImportFileBuilder(joris.email(), nightlife.slug())
                .sheet("periodStart", "0000-01-01")
                .sheet("periodStart", "3000-01-01")
                .sheet("periodStart", "1999-01-01", "periodEnd", "2999-12-31");

        var report = imports.importJson(file.json());

        assertThat(report.imported()).isEmpty();
        assertThat(report.refused())
                .extracting(Refusal::row, Refusal::field, Refusal::messageKey)
                .containsExactly(
                        tuple(1, "periodStart", "import.error.year"),
                        tuple(2, "periodStart", "import.error.year"),
                        tuple(3, "periodEnd", "import.error.year"));
        assertThat(report.refused().getFirst().arguments())
                .containsExactly(
                        "0000-01-01",
                        "1900",
                        String.valueOf(java.time.Year.now().getValue() + 1));
    }

    /** A duplicate column gave "13 cells where the header has 13" on every row; a missing one a refusal per row. */
    @Test
    void a_duplicate_or_missing_csv_column_is_reported_once_for_the_file() {
        var duplicate = imports.importCsv(text("""
                externalId,type,authorEmail,title,summary,periodStart,title
                a,SHEET,joris.peeters@leuven.example,T,S,2022-01-01,T
                b,SHEET,joris.peeters@leuven.example,T,S,2022-01-01,T
                """.replace("joris.peeters@leuven.example", joris.email())));
        var missing = imports.importCsv(text("""
                externalId,type,authorEmail,summary,periodStart
                a,SHEET,joris.peeters@leuven.example,S,2022-01-01
                b,SHEET,joris.peeters@leuven.example,S,2022-01-01
                """.replace("joris.peeters@leuven.example", joris.email())));

        assertThat(duplicate.rows()).isZero();
        assertThat(duplicate.fileError().messageKey()).isEqualTo("import.error.file.csv-duplicate-columns");
        assertThat(duplicate.fileError().arguments()).containsExactly("title");
        assertThat(missing.rows()).isZero();
        assertThat(missing.fileError().messageKey()).isEqualTo("import.error.file.csv-missing-columns");
        assertThat(missing.fileError().arguments()).containsExactly("title");
    }

    @Test
    void a_background_import_reports_its_progress_and_ends_with_the_report() {
        var file = new ImportFileBuilder(joris.email(), nightlife.slug());
        IntStream.range(0, 25).forEach(i -> file.sheet());

        var job = imports.start(file.json(), "library.json");

        var done = await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> imports.progress(job.id()).orElseThrow(), ImportProgress::finished);
        assertThat(done.done()).isEqualTo(25);
        assertThat(done.total()).isEqualTo(25);
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(done.report().count(Outcome.CREATED)).isEqualTo(25);
        // The import runs as the admin who started it: the author is the row's, the revision the admin's.
        var practice = library.get(done.report().imported().getFirst().practiceId());
        assertThat(practice.authorName()).isEqualTo(joris.name());
        assertThat(library.history(practice.id()).getFirst().personName())
                .isEqualTo(CurrentUser.require().displayName());
        // The import executor must not replace Spring Boot's own task executor (see PracticeImportConfiguration).
        assertThat(context.containsBean("applicationTaskExecutor")).isTrue();
    }

    /**
     * The import page hands the upload's body to the service as it arrives (a chunked body has no length):
     * the service counts while reading and stops one byte past the limit instead of taking it all first.
     */
    @Test
    void an_endless_body_is_read_only_up_to_the_limit_and_refused_as_too_large() {
        var endless = new InputStream() {
            long read;

            @Override
            public int read() {
                read++;
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                read += length;
                return length;
            }
        };

        var job = imports.start(endless, "huge.json");

        var report = imports.progress(job.id()).orElseThrow().report();
        assertThat(report.fileError().messageKey()).isEqualTo("import.error.file.too-large");
        assertThat(endless.read).isLessThanOrEqualTo(ImportFiles.MAX_BYTES + 64 * 1024);
    }

    @Test
    @WithNewPerson(language = "fr")
    void only_admins_import() {
        var file = new ImportFileBuilder(joris.email(), nightlife.slug()).sheet();
        assertThatThrownBy(() -> imports.importJson(file.json())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importCsv(text("externalId\n"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.start(file.json(), "a.json")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.progress(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }
}
