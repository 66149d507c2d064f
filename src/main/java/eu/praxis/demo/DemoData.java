package eu.praxis.demo;

import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.event.EventDraft;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventRegistrations;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.ApplicationForm;
import eu.praxis.member.MemberService;
import eu.praxis.member.MembershipApplicationService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.ImportReport;
import eu.praxis.practice.PracticeDraft;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeImportService;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.practice.PracticeType;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo network: about 30 organisations in 14 countries, the secretariat and a research partner, people with one
 * demo account per role, six working groups with leads and members, a pending request to join and two pending
 * membership applications; then the practice library ({@code /demo/practices.json}, through the bulk import),
 * discussions in every group and on a few practices ({@code /demo/threads.json}), a few generated PDF attachments,
 * events, projects, calls and publications, and a case study waiting for the Nightlife lead's review. Runs through the
 * services as the secretariat or as the demo people themselves, so every rule applies.
 * Always a bean, but loaded only by {@link DemoDataAtStartUp} (profile {@code demo}) and by the demo's smoke test.
 */
@Component
class DemoData {

    /** The client address the demo's applications count against (the form throttles per address). */
    private static final String DEMO_CLIENT = "demo-data";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** In threads.json, {@code @{key}} stands for a mention of the demo person with that key. */
    private static final Pattern MENTION = Pattern.compile("@\\{([a-z0-9]+)}");

    private final OrganisationService organisations;
    private final MemberService members;
    private final GroupDirectory groups;
    private final GroupMembership groupMembership;
    private final GroupAdministration groupAdministration;
    private final MembershipApplicationService applications;
    private final PracticeImportService practiceImport;
    private final PracticeLibrary practices;
    private final PracticeEditing editing;
    private final DiscussionPosting discussions;
    private final EventScheduling eventScheduling;
    private final EventRegistrations eventRegistrations;
    private final DemoProjects projects;
    private final DemoEvidence evidence;
    private final DemoCalls calls;
    private final DemoNews news;
    private final DemoPublications publications;
    private final TransactionTemplate transaction;

    DemoData(
            OrganisationService organisations,
            MemberService members,
            GroupDirectory groups,
            GroupMembership groupMembership,
            GroupAdministration groupAdministration,
            MembershipApplicationService applications,
            PracticeImportService practiceImport,
            PracticeLibrary practices,
            PracticeEditing editing,
            DiscussionPosting discussions,
            EventScheduling eventScheduling,
            EventRegistrations eventRegistrations,
            DemoProjects projects,
            DemoEvidence evidence,
            DemoCalls calls,
            DemoNews news,
            DemoPublications publications,
            PlatformTransactionManager transactions) {
        this.eventScheduling = eventScheduling;
        this.eventRegistrations = eventRegistrations;
        this.projects = projects;
        this.evidence = evidence;
        this.calls = calls;
        this.news = news;
        this.publications = publications;
        this.transaction = new TransactionTemplate(transactions);
        this.organisations = organisations;
        this.members = members;
        this.groups = groups;
        this.groupMembership = groupMembership;
        this.groupAdministration = groupAdministration;
        this.applications = applications;
        this.practiceImport = practiceImport;
        this.practices = practices;
        this.editing = editing;
        this.discussions = discussions;
    }

    /** What the first step loaded, for the library step: people and groups by their demo keys. */
    private record Network(
            long started, Map<String, Long> organisations, Map<String, Long> people, Map<String, Long> groups) {}

    /** Loads the demo unless an organisation exists: the first start of the default run. */
    void loadIntoEmptyDatabase() {
        load(true);
    }

    /**
     * Loads the demo next to whatever the database holds (the demo's smoke test in the tests' shared database). The
     * demo people's addresses must not exist yet.
     */
    void load() {
        load(false);
    }

    private void load(boolean onlyIntoEmptyDatabase) {
        RunAs.secretariat(() -> {
            // The network in one transaction: a load that fails half-way leaves nothing, and the next start
            // tries again. The library comes after it, outside: the import runs each row in its own transaction.
            var network = transaction.execute(status -> loadOnce(onlyIntoEmptyDatabase));
            if (network != null) {
                loadLibrary(network);
            }
        });
    }

    private @Nullable Network loadOnce(boolean onlyIntoEmptyDatabase) {
        if (onlyIntoEmptyDatabase
                && organisations
                        .find(OrganisationFilter.any(), PageRequest.of(0, 1))
                        .hasContent()) {
            log.info("Demo data already present, nothing loaded");
            return null;
        }
        var started = System.nanoTime();
        var orgs = loadOrganisations();
        var people = loadPeople(orgs);
        var groupIds = loadGroups(people);
        loadApplications();
        return new Network(started, orgs, people, groupIds);
    }

    /**
     * The practice library, the discussions and the attachments. A refused practice or a refused post is a bug
     * in the demo files: it fails loudly (and so fails the demo's smoke test, DemoDataTest).
     */
    private void loadLibrary(Network network) {
        var libraryStarted = System.nanoTime();
        var report = practiceImport.importJson(resource("/demo/practices.json"));
        if (report.fileError() != null || !report.refused().isEmpty()) {
            throw new IllegalStateException("Demo practices refused by the import: "
                    + (report.fileError() != null ? report.fileError() : report.refused()));
        }
        var practiceIds = report.imported().stream()
                .collect(Collectors.toMap(ImportReport.Row::externalId, ImportReport.Row::practiceId));
        var threadsStarted = System.nanoTime();
        var threads = json("/demo/threads.json");
        var posts = loadThreads(threads.get("threads"), network);
        var practiceReplies = loadPracticeReplies(threads.get("practiceReplies"), network, practiceIds);
        var filesStarted = System.nanoTime();
        var files = loadAttachments(practiceIds);
        var reviewed = evidence.load(practiceIds, network.people().get("admin"));
        var eventCount = loadEvents(network);
        var projectCount = projects.load(network.organisations(), practiceIds);
        var callCount = calls.load(network.people());
        var newsCount = news.load(network.people(), network.groups());
        var publicationCount = publications.load(network.people());
        loadReview(network);
        var done = System.nanoTime();
        log.info(
                "Demo data loaded in {} ms: {} organisations, {} people, {} groups ({} ms); {} practices ({} ms); "
                        + "{} threads with {} replies, {} replies on practices ({} ms); {} attachments, {} reviewed, {} events,"
                        + " {} projects, {} calls, {} publications and {} news items ({} ms)",
                millis(network.started(), done),
                network.organisations().size(),
                network.people().size(),
                network.groups().size(),
                millis(network.started(), libraryStarted),
                practiceIds.size(),
                millis(libraryStarted, threadsStarted),
                threads.get("threads").size(),
                posts,
                practiceReplies,
                millis(threadsStarted, filesStarted),
                files,
                reviewed,
                eventCount,
                projectCount,
                callCount,
                publicationCount,
                newsCount,
                millis(filesStarted, done));
    }

    /**
     * A few events around today: a webconference with two places (one taken), a seminar, a study visit for a
     * group's members, last year's conference and the General Assembly; organised by the group leads and the
     * secretariat, as the rules require.
     *
     * @return the number of events scheduled
     */
    private int loadEvents(Network network) {
        var today = LocalDate.now(ZoneId.of("Europe/Paris"));
        var webconference = as(
                network,
                "essen1",
                () -> eventScheduling.create(new EventDraft(
                        EventKind.WEBCONFERENCE,
                        "Drug consumption rooms: lessons from Essen and Lisbon",
                        "Two cities, two models: Essen's room next to the central station and Lisbon's mobile units. "
                                + "Short presentations, then questions.\n\n**Registration is free but mandatory**; the link "
                                + "is sent to registered participants.",
                        at(today.plusDays(9), 14, 0),
                        at(today.plusDays(9), 15, 30),
                        ZoneId.of("Europe/Berlin"),
                        null,
                        "https://meet.example.org/praxis-drug-consumption-rooms",
                        network.groups().get("drugs-harm-reduction"),
                        Set.of(),
                        false,
                        2,
                        null)));
        as(network, "member", () -> eventRegistrations.register(webconference));
        as(
                network,
                "lead",
                () -> eventScheduling.create(new EventDraft(
                        EventKind.SEMINAR,
                        "Night mayors and mediators: a practical seminar",
                        "How night mayors, mediators and venue owners work together. With site visits in the evening.",
                        at(today.plusDays(24), 9, 30),
                        at(today.plusDays(24), 17, 0),
                        ZoneId.of("Europe/Madrid"),
                        "Barcelona City Hall, Plaça de Sant Jaume 1",
                        null,
                        network.groups().get("nightlife"),
                        Set.of(),
                        false,
                        30,
                        at(today.plusDays(17), 18, 0))));
        as(
                network,
                "ams1",
                () -> eventScheduling.create(new EventDraft(
                        EventKind.STUDY_VISIT,
                        "Study visit: Rotterdam's barrier model against undermining",
                        "Two days with the city's permit screening team and the regional information centre.",
                        at(today.plusDays(38), 10, 0),
                        at(today.plusDays(39), 16, 0),
                        ZoneId.of("Europe/Amsterdam"),
                        "Rotterdam City Hall, Coolsingel 40",
                        null,
                        network.groups().get("organised-crime"),
                        Set.of(),
                        true,
                        12,
                        null)));
        as(
                network,
                "admin",
                () -> eventScheduling.create(new EventDraft(
                        EventKind.CONFERENCE,
                        "Annual conference: security, democracy and cities",
                        "Three hundred participants from 20 countries; the proceedings are in the library.",
                        at(today.minusDays(150), 9, 0),
                        at(today.minusDays(149), 17, 0),
                        ZoneId.of("Europe/Paris"),
                        "Paris, Hôtel de Ville",
                        null,
                        null,
                        Set.of(),
                        false,
                        null,
                        null)));
        as(
                network,
                "admin",
                () -> eventScheduling.create(new EventDraft(
                        EventKind.GENERAL_ASSEMBLY,
                        "General Assembly",
                        "Annual report, accounts, the work programme and the election of the executive committee. "
                                + "One vote per member organisation.",
                        at(today.plusDays(52), 10, 0),
                        at(today.plusDays(52), 16, 0),
                        ZoneId.of("Europe/Brussels"),
                        "Brussels, Maison de la Région",
                        "https://meet.example.org/praxis-general-assembly",
                        null,
                        Set.of(),
                        false,
                        null,
                        at(today.plusDays(45), 12, 0))));
        return 5;
    }

    /**
     * Review before publication (DD031): the Nightlife lead reviews what is published in the group, and a case study
     * from Lyon waits in the lead's queue, naming a mediator whom the lead may redact before approving it.
     */
    private void loadReview(Network network) {
        var nightlife = network.groups().get("nightlife");
        as(network, "lead", () -> {
            groupAdministration.setReviewsPublications(nightlife, true);
            return null;
        });
        var author = network.people().get("lyon1");
        var practiceId = DemoLogins.as(
                members,
                author,
                () -> editing.create(new PracticeDraft(
                        PracticeType.CASE_STUDY,
                        "Les correspondants de nuit des quais de Saône",
                        "Des médiateurs de nuit entre riverains, bars et noctambules, le week-end, d'avril à octobre.",
                        null,
                        null,
                        "fr",
                        LocalDate.of(2024, 4, 1),
                        null,
                        Set.of(),
                        Set.of(nightlife),
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Quatre binômes de médiateurs parcourent les quais de 22 h à 3 h. Karim Benali, le premier "
                                + "médiateur recruté, a formé les suivants.\n\nLes plaintes pour bruit ont baissé d'un tiers "
                                + "la première saison ; les bars financent une partie des soirées.")));
        var status = DemoLogins.as(members, author, () -> editing.publish(practiceId));
        if (status != PracticeStatus.SUBMITTED) {
            throw new IllegalStateException("The demo's case study for review was published without review: " + status);
        }
    }

    private static LocalDateTime at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** @return the number of replies posted */
    private int loadThreads(JsonNode threads, Network network) {
        var replies = 0;
        for (var thread : threads) {
            var groupId = Objects.requireNonNull(
                    network.groups().get(thread.get("group").asString()),
                    () -> "Unknown demo group " + thread.get("group"));
            var threadId = as(
                    network,
                    thread.get("author").asString(),
                    () -> discussions.startThread(
                            groupId,
                            thread.get("title").asString(),
                            withMentions(thread.get("body").asString(), network)));
            for (var reply : thread.get("replies")) {
                as(
                        network,
                        reply.get("author").asString(),
                        () -> discussions.reply(
                                threadId, withMentions(reply.get("body").asString(), network)));
                replies++;
            }
        }
        return replies;
    }

    /** @return the number of replies posted */
    private int loadPracticeReplies(JsonNode replies, Network network, Map<String, Long> practiceIds) {
        var count = 0;
        for (var reply : replies) {
            var practiceId = Objects.requireNonNull(
                    practiceIds.get(reply.get("externalId").asString()),
                    () -> "Unknown demo practice " + reply.get("externalId"));
            as(
                    network,
                    reply.get("author").asString(),
                    () -> discussions.replyToPractice(
                            practiceId, withMentions(reply.get("body").asString(), network)));
            count++;
        }
        return count;
    }

    private <T> T as(Network network, String key, Supplier<T> action) {
        var person = PEOPLE.stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown demo person " + key));
        return RunAs.person(network.people().get(key), person.role(), action);
    }

    private static String withMentions(String markdown, Network network) {
        return MENTION.matcher(markdown).replaceAll(match -> {
            var key = match.group(1);
            var person = PEOPLE.stream()
                    .filter(p -> p.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Unknown demo person " + key));
            return Matcher.quoteReplacement(
                    "@[" + person.name() + "](person:" + network.people().get(key) + ")");
        });
    }

    record DemoFile(String practice, String fileName, String title, List<String> paragraphs) {}

    static final List<DemoFile> FILES = List.of(
            new DemoFile(
                    "essen-drug-consumption-room",
                    "evaluation-summary-2021.pdf",
                    "Drug consumption room Essen - evaluation summary (2021)",
                    List.of(
                            "This summary presents the main findings of the external evaluation of the drug consumption "
                                    + "room near Essen central station, carried out in 2021 by a university of applied "
                                    + "sciences on behalf of the city's public health department.",
                            "Method: analysis of anonymised service data for 2019-2021, a survey of 420 residents in two "
                                    + "waves, interviews with 35 service users and 18 partners, and monthly counts of "
                                    + "discarded syringes in a 500-metre radius.",
                            "Findings: no fatal overdose in the room; 187 emergencies managed on site in 2020; referrals "
                                    + "to treatment and housing rose steadily. Discarded syringes fell by about 60 percent "
                                    + "compared with 2018. Support among residents rose from 38 to 61 percent.",
                            "Recommendations: keep the round table with residents and businesses, which makes conflicts "
                                    + "visible early; examine longer opening hours, as public consumption concentrates in "
                                    + "the evening after closing; publish key figures twice a year.")),
            new DemoFile(
                    "malmo-integrated-domestic-violence",
                    "risk-assessment-checklist.pdf",
                    "Shared risk assessment - checklist for first contacts",
                    List.of(
                            "Use this checklist within 24 hours of any report of domestic violence, whichever agency "
                                    + "receives it first. It does not replace professional judgement.",
                            "1. Has the violence become more frequent or more severe in the last months? 2. Has the "
                                    + "person been threatened with death or with a weapon? 3. Is there an ongoing or "
                                    + "recent separation? 4. Are children present in the household? 5. Has the person "
                                    + "been strangled or choked? 6. Is the victim afraid of being killed?",
                            "Three or more positive answers, or a positive answer to question 2 or 5, mean high risk: "
                                    + "refer the case to the weekly multi-agency case conference and agree an interim "
                                    + "safety plan the same day.")),
            new DemoFile(
                    "nice-protection-espaces-publics-vehicules",
                    "guide-organisateurs-evenements.pdf",
                    "Guide pratique à l'usage des organisateurs d'événements",
                    List.of(
                            "Ce guide présente les mesures de protection contre les attaques au véhicule-bélier que la "
                                    + "Ville de Nice demande pour tout événement de plus de 1 500 personnes sur la voie "
                                    + "publique.",
                            "Avant l'événement : transmettre le plan du site six semaines à l'avance ; identifier les "
                                    + "accès des secours ; prévoir les emplacements des barrières mobiles avec la direction "
                                    + "de la sécurité urbaine.",
                            "Le jour de l'événement : un référent sûreté joignable en permanence ; aucune ouverture de "
                                    + "barrière sans l'accord du poste de commandement ; cheminements accessibles aux "
                                    + "personnes à mobilité réduite maintenus.")),
            new DemoFile(
                    "riga-safer-internet-centre",
                    "key-figures-2023.pdf",
                    "Riga safer-internet centre - key figures 2023",
                    List.of(
                            "Helpline: 3,150 conversations (phone and chat), 33 percent about cyberbullying, 14 percent "
                                    + "about sexual extortion, 9 percent about online scams.",
                            "Reporting point: 1,240 reports of illegal content processed; 86 percent removed within three "
                                    + "days after notification of the hosting provider.",
                            "Prevention: workshops for 21,000 pupils and 2,600 parents; 15 schools with peer "
                                    + "ambassadors.")),
            new DemoFile(
                    "amsterdam-administrative-approach-organised-crime",
                    "solidify-guidebook-legal-bases.pdf",
                    "SOLIDIFY guidebook - administrative measures against organised crime: legal bases in five countries",
                    List.of(
                            "This guidebook is the final output of the SOLIDIFY project (2021-2023). It sets out, for the "
                                    + "Netherlands, Belgium, Germany, Italy and Greece, which administrative powers a city "
                                    + "has to keep organised crime out of licensed businesses and public subsidies.",
                            "Screening: integrity checks before granting a permit (Bibob in the Netherlands, the "
                                    + "administrative approach in Belgium, the anti-mafia documentation in Italy); what may be "
                                    + "asked of applicants and how long data may be kept.",
                            "Closing and refusing: closing premises used for crime, refusing or withdrawing permits, "
                                    + "and the safeguards of a fair hearing that courts have required.",
                            "Sharing information: the legal bases for exchanging information between the city, the "
                                    + "police and the prosecutor, and the role of regional information and expertise "
                                    + "centres.")),
            new DemoFile(
                    "leuven-restorative-city",
                    "facilitator-training-outline.pdf",
                    "Restorative facilitator training - course outline",
                    List.of(
                            "Day 1: principles of restorative practice; harm, needs and obligations; the role of the "
                                    + "facilitator.",
                            "Day 2: preparing participants; individual preparatory meetings; assessing safety and "
                                    + "readiness.",
                            "Day 3: running a circle and a mediated meeting; role plays with actors.",
                            "Day 4: group dimensions: polarisation, identity and conflicts between communities.",
                            "Day 5: agreements and follow-up; supervision; self-care of facilitators.")));

    /** @return the number of files attached, by the practices' authors */
    private int loadAttachments(Map<String, Long> practiceIds) {
        for (var file : FILES) {
            var practiceId = Objects.requireNonNull(practiceIds.get(file.practice()), file.practice());
            var bytes = DemoDocuments.pdf(file.title(), file.paragraphs());
            var authorId = practices.get(practiceId).authorId();
            var started = System.nanoTime();
            RunAs.person(
                    authorId,
                    Role.MEMBER,
                    () -> editing.attach(practiceId, new ByteArrayInputStream(bytes), file.fileName()));
            log.debug(
                    "Attached {} ({} bytes) in {} ms",
                    file.fileName(),
                    bytes.length,
                    millis(started, System.nanoTime()));
        }
        return FILES.size();
    }

    private InputStream resource(String name) {
        return Objects.requireNonNull(getClass().getResourceAsStream(name), name);
    }

    private JsonNode json(String name) {
        try (var in = resource(name)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Package-private, like {@link #PEOPLE} and {@link #FILES}: the tests' library fixture reuses them. */
    record Org(String key, String name, OrganisationKind kind, String country, String city, int joinedYear) {}

    static final List<Org> ORGANISATIONS = List.of(
            new Org("secretariat", "Praxis Network Secretariat", OrganisationKind.SECRETARIAT, "FR", "Paris", 1987),
            new Org(
                    "research",
                    "European Institute for Urban Safety Research",
                    OrganisationKind.RESEARCH,
                    "BE",
                    "Leuven",
                    2009),
            new Org("liege", "City of Liège", OrganisationKind.CITY, "BE", "Liège", 1992),
            new Org("leuven", "City of Leuven", OrganisationKind.CITY, "BE", "Leuven", 2004),
            new Org("genk", "City of Genk", OrganisationKind.CITY, "BE", "Genk", 2012),
            new Org("brussels", "Brussels-Capital Region", OrganisationKind.REGION, "BE", "Brussels", 1995),
            new Org("nice", "City of Nice", OrganisationKind.CITY, "FR", "Nice", 1990),
            new Org("montreuil", "City of Montreuil", OrganisationKind.CITY, "FR", "Montreuil", 2001),
            new Org("lyon", "Metropolis of Lyon", OrganisationKind.REGION, "FR", "Lyon", 2015),
            new Org("riga", "Riga City Council", OrganisationKind.CITY, "LV", "Riga", 2010),
            new Org("augsburg", "City of Augsburg", OrganisationKind.CITY, "DE", "Augsburg", 2003),
            new Org("essen", "City of Essen", OrganisationKind.CITY, "DE", "Essen", 1998),
            new Org("kassel", "City of Kassel", OrganisationKind.CITY, "DE", "Kassel", 2016),
            new Org("amsterdam", "City of Amsterdam", OrganisationKind.CITY, "NL", "Amsterdam", 1989),
            new Org("rotterdam", "City of Rotterdam", OrganisationKind.CITY, "NL", "Rotterdam", 1991),
            new Org("barcelona", "Barcelona City Council", OrganisationKind.CITY, "ES", "Barcelona", 1988),
            new Org("malaga", "City of Málaga", OrganisationKind.CITY, "ES", "Málaga", 2007),
            new Org(
                    "catalonia",
                    "Government of Catalonia, Department of the Interior",
                    OrganisationKind.REGION,
                    "ES",
                    "Barcelona",
                    2011),
            new Org("lisbon", "Lisbon City Council", OrganisationKind.CITY, "PT", "Lisbon", 2002),
            new Org("malmo", "City of Malmö", OrganisationKind.CITY, "SE", "Malmö", 2005),
            new Org("gdansk", "City of Gdańsk", OrganisationKind.CITY, "PL", "Gdańsk", 2013),
            new Org("turin", "City of Turin", OrganisationKind.CITY, "IT", "Turin", 1996),
            new Org("loano", "Municipality of Loano", OrganisationKind.CITY, "IT", "Loano", 2018),
            new Org("emilia", "Emilia-Romagna Region", OrganisationKind.REGION, "IT", "Bologna", 1994),
            new Org("piraeus", "Municipality of Piraeus", OrganisationKind.CITY, "GR", "Piraeus", 2014),
            new Org("helsinki", "City of Helsinki", OrganisationKind.CITY, "FI", "Helsinki", 2017),
            new Org("ljubljana", "City of Ljubljana", OrganisationKind.CITY, "SI", "Ljubljana", 2019),
            new Org("vienna", "City of Vienna", OrganisationKind.CITY, "AT", "Vienna", 2008),
            new Org(
                    "fesu-nl",
                    "Dutch Centre for Crime Prevention and Safety",
                    OrganisationKind.NATIONAL_BODY,
                    "NL",
                    "Utrecht",
                    2006),
            new Org("lisbon-police", "Lisbon Municipal Police Academy", OrganisationKind.PARTNER, "PT", "Lisbon", 2020),
            new Org("esbjerg", "Municipality of Esbjerg", OrganisationKind.CITY, "DK", "Esbjerg", 2012));

    /** Organisations whose membership is suspended in the demo, to show that their people cannot log in. */
    private static final List<String> SUSPENDED = List.of("esbjerg");

    private Map<String, Long> loadOrganisations() {
        Map<String, Long> ids = new HashMap<>();
        for (var org : ORGANISATIONS) {
            ids.put(
                    org.key(),
                    organisations.register(
                            org.name(), org.kind(), org.country(), org.city(), LocalDate.of(org.joinedYear(), 1, 15)));
        }
        SUSPENDED.forEach(key -> organisations.suspend(ids.get(key)));
        return ids;
    }

    record Demo(
            String key,
            String org,
            String email,
            String name,
            String position,
            Role role,
            String language,
            String password) {}

    private static Demo person(String key, String org, String name, String position, String language) {
        var email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@" + org + ".example";
        return new Demo(key, org, email, name, position, Role.MEMBER, language, DemoAccounts.OTHERS_PASSWORD);
    }

    static final List<Demo> PEOPLE = List.of(
            new Demo(
                    "admin",
                    "secretariat",
                    DemoAccounts.ADMIN,
                    "Claire Dumont",
                    "Secretariat, programme officer",
                    Role.ADMIN,
                    "en",
                    DemoAccounts.ADMIN_PASSWORD),
            new Demo(
                    "lead",
                    "barcelona",
                    DemoAccounts.LEAD,
                    "Marta Puig",
                    "Head of night-time economy office",
                    Role.MEMBER,
                    "en",
                    DemoAccounts.LEAD_PASSWORD),
            new Demo(
                    "member",
                    "liege",
                    DemoAccounts.MEMBER,
                    "Julien Lambert",
                    "Urban safety coordinator",
                    Role.MEMBER,
                    "fr",
                    DemoAccounts.MEMBER_PASSWORD),
            new Demo(
                    "researcher",
                    "research",
                    DemoAccounts.RESEARCHER,
                    "Dr. Sofia Marques",
                    "Senior researcher",
                    Role.RESEARCHER,
                    "en",
                    DemoAccounts.RESEARCHER_PASSWORD),
            person("secretariat2", "secretariat", "Thomas Berger", "Secretariat, events and webconferences", "fr"),
            person("ams1", "amsterdam", "Anouk de Vries", "Programme manager, undermining organised crime", "en"),
            person("rot1", "rotterdam", "Pieter van Dijk", "Senior policy adviser, public safety", "en"),
            person("rot2", "rotterdam", "Samira El Amrani", "Radicalisation prevention officer", "en"),
            person("essen1", "essen", "Katrin Vogel", "Head of addiction support services", "en"),
            person("aug1", "augsburg", "Markus Huber", "Crime prevention council coordinator", "en"),
            person("kassel1", "kassel", "Lena Schäfer", "Municipal prevention officer", "en"),
            person("nice1", "nice", "Hélène Rossi", "Director of urban safety", "fr"),
            person("mont1", "montreuil", "Karim Benali", "Local mediation coordinator", "fr"),
            person("lyon1", "lyon", "Sophie Girard", "Night-time economy adviser", "fr"),
            person("liege2", "liege", "Nathalie Renard", "Drug policy officer", "fr"),
            person("leuven1", "leuven", "Joris Peeters", "Restorative city programme lead", "en"),
            person("genk1", "genk", "Elif Yilmaz", "Youth and diversity officer", "en"),
            person("bru1", "brussels", "Arnaud Dubois", "Regional prevention plan manager", "fr"),
            person("riga1", "riga", "Ilze Kalniņa", "Head of child online safety projects", "en"),
            person("bcn2", "barcelona", "Jordi Serra", "Community policing coordinator", "en"),
            person("mal1", "malaga", "Lucía Fernández", "Tourism and safety officer", "en"),
            person("cat1", "catalonia", "Núria Vidal", "Security planning analyst", "en"),
            person("lis1", "lisbon", "João Almeida", "Municipal safety council secretary", "en"),
            person("lisp1", "lisbon-police", "Rita Carvalho", "Trainer, municipal police academy", "en"),
            person("malmo1", "malmo", "Anna Lindqvist", "Coordinator against domestic violence", "en"),
            person("gda1", "gdansk", "Tomasz Nowak", "Public space monitoring manager", "en"),
            person("tur1", "turin", "Giulia Conti", "Urban security project manager", "en"),
            person("loano1", "loano", "Marco Ferrari", "Sport and social inclusion officer", "en"),
            person("emi1", "emilia", "Francesca Bianchi", "Regional urban safety policy officer", "en"),
            person("pir1", "piraeus", "Nikos Papadopoulos", "Port city safety coordinator", "en"),
            person("hel1", "helsinki", "Mikko Virtanen", "Safety and security planner", "en"),
            person("lju1", "ljubljana", "Maja Novak", "Prevention programme manager", "en"),
            person("vie1", "vienna", "Stefan Gruber", "Head of the urban safety unit", "en"),
            person("nl1", "fesu-nl", "Eva Jansen", "Adviser, local crime prevention", "en"),
            person("res2", "research", "Dr. Lukas Meier", "Researcher, evaluation of prevention programmes", "en"),
            person("esb1", "esbjerg", "Rasmus Nielsen", "Crime prevention officer", "en"));

    private Map<String, Long> loadPeople(Map<String, Long> orgs) {
        Map<String, Long> ids = new HashMap<>();
        for (var p : PEOPLE) {
            // Suspended organisations accept no new accounts: create their people first, then suspend (below).
            var organisationId = orgs.get(p.org());
            var suspended = SUSPENDED.contains(p.org());
            if (suspended) {
                organisations.reactivate(organisationId);
            }
            var role = p.key().startsWith("res") ? Role.RESEARCHER : p.role();
            ids.put(
                    p.key(),
                    members.registerActive(
                            new NewPerson(
                                    organisationId,
                                    p.email(),
                                    p.name(),
                                    p.position(),
                                    role,
                                    Locale.forLanguageTag(p.language())),
                            p.password()));
            if (suspended) {
                organisations.suspend(organisationId);
            }
        }
        return ids;
    }

    private record Group(
            String name,
            JoinPolicy policy,
            boolean researchers,
            String description,
            List<String> leads,
            List<String> members,
            List<String> pending) {}

    private static final List<Group> GROUPS = List.of(
            new Group(
                    "Organised crime",
                    JoinPolicy.INVITE_ONLY,
                    false,
                    "Cities facing drug trafficking, money laundering through local businesses and the intimidation of "
                            + "local officials share administrative approaches to undermining organised crime: screening "
                            + "of permits, barrier models and cooperation with prosecutors.",
                    List.of("ams1", "rot1"),
                    List.of("essen1", "bcn2", "pir1", "nl1", "admin"),
                    List.of()),
            new Group(
                    "Security & innovation",
                    JoinPolicy.OPEN,
                    true,
                    "Technology in the service of urban safety, with its ethical limits: video surveillance policies, "
                            + "crime-alert apps, data protection by design and the evaluation of smart-city projects.",
                    List.of("gda1"),
                    List.of("riga1", "hel1", "cat1", "vie1", "tur1"),
                    List.of()),
            new Group(
                    "Nightlife",
                    JoinPolicy.OPEN,
                    true,
                    "The night-time economy as an asset and a challenge: night mayors and mediators, safer venues, "
                            + "noise and public-space conflicts, harassment prevention and cooperation with the industry.",
                    List.of("lead"),
                    List.of("lyon1", "mal1", "ams1", "lju1", "lis1"),
                    List.of()),
            new Group(
                    "Drugs & harm reduction",
                    JoinPolicy.ON_REQUEST,
                    true,
                    "Drug consumption rooms, drug checking, outreach work and the acceptance of low-threshold services "
                            + "by their neighbourhoods.",
                    List.of("essen1"),
                    List.of("liege2", "vie1", "bru1", "lis1"),
                    List.of("mont1")),
            new Group(
                    "Polarisation & radicalisation",
                    JoinPolicy.ON_REQUEST,
                    false,
                    "Local prevention of violent extremism and polarisation: multi-agency case management, restorative "
                            + "practices, exit work and the release of radicalised offenders.",
                    List.of("rot2"),
                    List.of("leuven1", "genk1", "aug1", "malmo1", "nice1"),
                    List.of("kassel1")),
            new Group(
                    "Sport & inclusion",
                    JoinPolicy.OPEN,
                    true,
                    "Sport as a lever of social inclusion and prevention: programmes for young people, people with "
                            + "disabilities and neighbourhoods under pressure.",
                    List.of("loano1"),
                    List.of("genk1", "mont1", "emi1", "malmo1"),
                    List.of()));

    /** @return the groups' ids by slug (the database may hold other groups: the tests' shared one does) */
    private Map<String, Long> loadGroups(Map<String, Long> people) {
        Map<String, Long> ids = new HashMap<>();
        for (var g : GROUPS) {
            var slug = groupAdministration.create(new NewGroup(g.name(), g.description(), g.policy(), g.researchers()));
            var groupId = groups.get(slug).id();
            ids.put(slug, groupId);
            for (var lead : g.leads()) {
                groupAdministration.appointLead(groupId, people.get(lead));
            }
            for (var member : g.members()) {
                groupMembership.addMember(groupId, people.get(member));
            }
            for (var pending : g.pending()) {
                RunAs.person(people.get(pending), Role.MEMBER, () -> groupMembership.join(groupId));
            }
        }
        return ids;
    }

    private void loadApplications() {
        applications.submit(
                new ApplicationForm(
                        "City of Ghent",
                        OrganisationKind.CITY,
                        "BE",
                        "Ghent",
                        "https://ghent.example",
                        "Ghent runs a night-time economy council and a restorative justice programme "
                                + "for young offenders, and would like to exchange with peers in the Nightlife and Polarisation groups.",
                        "Lotte Maes",
                        "lotte.maes@ghent.example",
                        "Strategic safety adviser",
                        "en"),
                DEMO_CLIENT);
        applications.submit(
                new ApplicationForm(
                        "Ville de Grenoble",
                        OrganisationKind.CITY,
                        "FR",
                        "Grenoble",
                        null,
                        "La ville souhaite partager son expérience de médiation nocturne et de prévention des rixes entre jeunes.",
                        "Camille Moreau",
                        "camille.moreau@grenoble.example",
                        "Cheffe du service prévention",
                        "fr"),
                DEMO_CLIENT);
    }
}
