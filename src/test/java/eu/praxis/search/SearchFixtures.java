package eu.praxis.search;

import eu.praxis.TestPeople;
import eu.praxis.demo.DemoLibrary;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.JoinPolicy;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.ImportReport;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeImportService;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A multilingual practice library to search, for the tests of ranking and cross-language search: the demo's library
 * ({@link DemoLibrary}: its practice file and attachments) imported once per test run through the real bulk import,
 * into a working group of its own (open to researchers), by authors of its own: the demo's authors' names, in
 * organisations of the demo's names and places (a practice takes its place from its author's organisation), with
 * addresses of this run. Searches narrowed to the group ({@link Library#request}) rank these practices only, whatever
 * else the shared database holds (other tests' practices, or the demo itself once its smoke test has loaded it). A
 * bean of the shared test context.
 */
public class SearchFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PracticeImportService imports;
    private final PracticeEditing editing;
    private final TestPeople people;
    private final OrganisationFixtures organisations;
    private final GroupFixtures groups;
    private final DataSource dataSource;
    private @Nullable Library library;

    public SearchFixtures(
            PracticeImportService imports,
            PracticeEditing editing,
            TestPeople people,
            OrganisationFixtures organisations,
            GroupFixtures groups,
            DataSource dataSource) {
        this.imports = imports;
        this.editing = editing;
        this.people = people;
        this.organisations = organisations;
        this.groups = groups;
        this.dataSource = dataSource;
    }

    /** The library's group: its practices are in it alone. */
    public record Library(long groupId, int practices) {

        /** A search of the library only. */
        public SearchRequest request(String query) {
            var all = SearchRequest.of(query, SearchScope.LIBRARY);
            return new SearchRequest(
                    all.query(),
                    all.scope(),
                    all.kinds(),
                    all.themeIds(),
                    Set.of(groupId),
                    all.countries(),
                    all.cities(),
                    all.years(),
                    all.languages(),
                    Set.of(),
                    all.sort());
        }
    }

    /** The library, imported, with its attachments, and indexed on first use. */
    public synchronized Library library() {
        if (library == null) {
            var group = groups.group("Search library", JoinPolicy.INVITE_ONLY, true);
            var suffix = OrganisationFixtures.unique();
            var authors = new HashMap<String, TestPeople.Account>();
            var file = libraryFile(suffix, authors, group.slug());
            var report = RunAs.person(0, Role.ADMIN, () -> imports.importJson(new ByteArrayInputStream(file)));
            if (report.fileError() != null || !report.refused().isEmpty()) {
                throw new IllegalStateException("The search library was refused: "
                        + (report.fileError() != null ? report.fileError() : report.refused()));
            }
            attach(report, suffix, authors);
            new SearchTestSupport(dataSource).awaitIndexed();
            library = new Library(group.id(), report.imported().size());
        }
        return library;
    }

    /** The demo's practices, by the new authors, in this group only, under external ids of this run. */
    private byte[] libraryFile(String suffix, Map<String, TestPeople.Account> authors, String groupSlug) {
        var demoAuthors = DemoLibrary.authors();
        var organisationIds = new HashMap<String, Long>();
        try (var in = DemoLibrary.practices()) {
            var file = (ObjectNode) JSON.readTree(in);
            for (var node : file.get("practices")) {
                var practice = (ObjectNode) node;
                var author = authors.computeIfAbsent(practice.get("authorEmail").asString(), demoEmail -> {
                    var demo = demoAuthors.get(demoEmail);
                    var organisation = organisationIds.computeIfAbsent(
                            demo.organisation(),
                            name -> organisations.named(name + " " + suffix, demo.kind(), demo.country(), demo.city()));
                    var email = "library-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
                    return people.account(organisation, Role.MEMBER, Locale.ENGLISH, email, demo.name(), null);
                });
                practice.put(
                        "externalId",
                        externalId(suffix, practice.get("externalId").asString()));
                practice.put("authorEmail", author.email());
                practice.set("groups", JSON.valueToTree(List.of(groupSlug)));
                practice.put("wholeNetwork", false);
            }
            return JSON.writeValueAsBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo's attachments, each by its practice's author, as the demo attaches them. */
    private void attach(ImportReport report, String suffix, Map<String, TestPeople.Account> authors) {
        var practiceIds = report.imported().stream()
                .collect(Collectors.toMap(ImportReport.Row::externalId, ImportReport.Row::practiceId));
        var authorsOfPractices = new HashMap<String, Long>();
        try (var in = DemoLibrary.practices()) {
            for (var practice : JSON.readTree(in).get("practices")) {
                authorsOfPractices.put(
                        practice.get("externalId").asString(),
                        authors.get(practice.get("authorEmail").asString()).id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var attachment : DemoLibrary.attachments()) {
            var practiceId = practiceIds.get(externalId(suffix, attachment.externalId()));
            RunAs.person(
                    authorsOfPractices.get(attachment.externalId()),
                    Role.MEMBER,
                    () -> editing.attach(
                            practiceId, new ByteArrayInputStream(attachment.content()), attachment.fileName()));
        }
    }

    private static String externalId(String suffix, String demoExternalId) {
        return "search-library-" + suffix + "-" + demoExternalId;
    }
}
