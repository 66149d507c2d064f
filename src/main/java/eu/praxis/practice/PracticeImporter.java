package eu.praxis.practice;

import static eu.praxis.practice.ImportFiles.problem;

import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonFilter;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.practice.ImportReport.Outcome;
import eu.praxis.practice.ImportReport.Refusal;
import eu.praxis.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validates and saves one import row at a time, each in its own transaction, so that a refused row
 * leaves the others in place. The author is the person named in the row; group membership is not
 * asked (the secretariat migrates the library), but the groups must exist. The entity's own rules
 * (what publication needs, the audience) are asked of a {@link Practice} built from the row before
 * anything is written. Callers are the {@link PracticeImportService}, which is for admins only.
 */
@Component
class PracticeImporter {

    private final ImportedPracticeRepository practices;
    private final ThemeRepository themes;
    private final GroupDirectory groups;
    private final MemberService members;
    private final OrganisationService organisations;
    private final TransactionTemplate transactions;
    /** Earliest year a practice's period may start or end in. */
    static final int FIRST_YEAR = 1900;

    private final Clock clock;

    PracticeImporter(
            ImportedPracticeRepository practices,
            ThemeRepository themes,
            GroupDirectory groups,
            MemberService members,
            OrganisationService organisations,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.practices = practices;
        this.themes = themes;
        this.groups = groups;
        this.members = members;
        this.organisations = organisations;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What the rows of one file look up, read once per file: themes, groups, and authors as they come. */
    final class Lookups {

        private final Map<String, ThemeItem> themesByCode;
        private final Map<String, Long> groupsBySlug;
        private final Map<String, Optional<PersonSummary>> authorsByEmail = new HashMap<>();
        private final Map<Long, OrganisationSummary> organisationsById = new HashMap<>();
        /** The first row of each external id, to refuse a second row with the same id in one file. */
        private final Map<String, Integer> rowsByExternalId = new HashMap<>();

        private Lookups() {
            themesByCode = themes.findItems().stream().collect(Collectors.toMap(ThemeItem::code, Function.identity()));
            groupsBySlug = groups.list().stream().collect(Collectors.toMap(GroupListItem::slug, GroupListItem::id));
        }

        private Optional<PersonSummary> author(String email) {
            return authorsByEmail.computeIfAbsent(
                    email.toLowerCase(Locale.ROOT),
                    e -> members.find(new PersonFilter(null, null, e), PageRequest.of(0, 20)).stream()
                            .filter(p -> p.email().equalsIgnoreCase(e))
                            .findFirst());
        }

        private OrganisationSummary organisation(long id) {
            return organisationsById.computeIfAbsent(id, organisations::get);
        }
    }

    Lookups lookups() {
        return transactions.execute(status -> new Lookups());
    }

    /** A row that cannot be imported, with every reason found. */
    static final class Refused extends RuntimeException {

        private final transient List<Refusal> refusals;

        Refused(List<Refusal> refusals) {
            super(null, null, false, false);
            this.refusals = List.copyOf(refusals);
        }

        List<Refusal> refusals() {
            return refusals;
        }
    }

    /**
     * Creates, updates or leaves unchanged the practice of one row, in a transaction of its own.
     *
     * @throws Refused with the reasons when the row is not imported (nothing of it is written)
     */
    ImportReport.Row importRow(ImportRow row, Lookups lookups) {
        var externalId = row.externalId();
        if (externalId != null) {
            // Ids that differ only in case are one practice (the text is NFC already, ImportFiles.clean).
            var first = lookups.rowsByExternalId.putIfAbsent(externalId.toLowerCase(Locale.ROOT), row.number());
            if (first != null) {
                throw new Refused(
                        List.of(problem(row.number(), externalId, "externalId", "import.error.duplicate-id", first)));
            }
        }
        try {
            return Objects.requireNonNull(transactions.execute(status -> save(row, lookups)));
        } catch (UserFacingException e) {
            // A rule of the entity that the checks before did not foresee; the row is rolled back.
            throw new Refused(
                    List.of(problem(row.number(), externalId, ImportReport.FILE, e.messageKey(), e.arguments())));
        } catch (DataAccessException e) {
            throw new Refused(
                    List.of(problem(row.number(), externalId, ImportReport.FILE, "import.error.save-failed")));
        }
    }

    private ImportReport.Row save(ImportRow row, Lookups lookups) {
        var checked = new RowCheck(row, lookups, LocalDate.now(clock).getYear() + 1).check();
        var now = clock.instant();
        var candidate = new Practice(checked.draft().type(), checked.authorId(), checked.organisationId(), now);
        candidate.apply(checked.draft(), checked.country(), now);
        candidate.imported(checked.externalId(), checked.authorId(), checked.organisationId());
        var existing = practices.findByExternalIdIgnoreCase(checked.externalId());
        var refusals = new ArrayList<Refusal>();
        if (existing.isPresent() && existing.get().getType() != candidate.getType()) {
            refusals.add(problem(row.number(), checked.externalId(), "type", "practice.error.type-fixed"));
        }
        if (checked.status() == PracticeStatus.PUBLISHED) {
            for (var key : candidate.missingForPublication()) {
                refusals.add(problem(row.number(), checked.externalId(), key.substring(key.lastIndexOf('.') + 1), key));
            }
            if (!candidate.isWholeNetwork() && candidate.getGroupIds().isEmpty()) {
                refusals.add(problem(row.number(), checked.externalId(), "groups", "practice.error.no-audience"));
            }
        }
        checkThemesActive(row, checked, existing.map(Practice::getThemeIds).orElse(Set.of()), lookups, refusals);
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        if (existing.isEmpty()) {
            var saved = practices.save(candidate);
            if (checked.status() == PracticeStatus.PUBLISHED) {
                saved.publish(now);
            }
            return new ImportReport.Row(
                    row.number(), checked.externalId(), Objects.requireNonNull(saved.getId()), Outcome.CREATED);
        }
        var practice = existing.get();
        var id = Objects.requireNonNull(practice.getId());
        // Writing the same content again would still make an Envers revision (updatedAt changes).
        if (Content.of(practice, practice.getStatus()).equals(Content.of(candidate, checked.status()))) {
            return new ImportReport.Row(row.number(), checked.externalId(), id, Outcome.UNCHANGED);
        }
        practice.apply(checked.draft(), checked.country(), now);
        practice.imported(checked.externalId(), checked.authorId(), checked.organisationId());
        if (checked.status() == PracticeStatus.PUBLISHED && !practice.isPublished()) {
            practice.publish(now);
        } else if (checked.status() == PracticeStatus.DRAFT && practice.isPublished()) {
            practice.unpublish(now);
        }
        return new ImportReport.Row(row.number(), checked.externalId(), id, Outcome.UPDATED);
    }

    /** Deactivated themes stay allowed on a practice that already has them, as in the editor. */
    private static void checkThemesActive(
            ImportRow row, Checked checked, Set<Long> alreadyThere, Lookups lookups, List<Refusal> refusals) {
        for (var code : row.list("themes")) {
            var theme = lookups.themesByCode.get(code);
            if (theme != null && !theme.active() && !alreadyThere.contains(theme.id())) {
                refusals.add(
                        problem(row.number(), checked.externalId(), "themes", "import.error.theme-inactive", code));
            }
        }
    }

    /** A row that passed the field checks. */
    private record Checked(
            String externalId,
            PracticeStatus status,
            long authorId,
            long organisationId,
            String country,
            PracticeDraft draft) {}

    /** What decides whether a re-imported row changes the practice: everything but timestamps and version. */
    private record Content(
            PracticeStatus status,
            String title,
            String summary,
            @Nullable String city,
            String country,
            String language,
            LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            boolean wholeNetwork,
            Set<Long> themeIds,
            Set<Long> groupIds,
            List<@Nullable String> texts,
            long authorId,
            long authorOrganisationId) {

        static Content of(Practice p, PracticeStatus status) {
            return new Content(
                    status,
                    p.getTitle(),
                    p.getSummary(),
                    p.getCity(),
                    p.getCountry(),
                    p.getLanguage(),
                    p.getPeriodStart(),
                    p.getPeriodEnd(),
                    p.isWholeNetwork(),
                    p.getThemeIds(),
                    p.getGroupIds(),
                    Arrays.asList(
                            p.getObjectives(),
                            p.getActions(),
                            p.getPartners(),
                            p.getResults(),
                            p.getEvaluation(),
                            p.getContact(),
                            p.getBody()),
                    p.getAuthorId(),
                    p.getAuthorOrganisationId());
        }
    }

    /** The field checks of one row; collects every problem rather than stopping at the first. */
    private static final class RowCheck {

        private final ImportRow row;
        private final Lookups lookups;
        private final List<Refusal> refusals;
        private final @Nullable String externalId;
        private final int lastYear;

        RowCheck(ImportRow row, Lookups lookups, int lastYear) {
            this.lastYear = lastYear;
            this.row = row;
            this.lookups = lookups;
            this.refusals = new ArrayList<>(row.problems());
            this.externalId = row.externalId();
        }

        Checked check() {
            required("externalId");
            length("externalId", Practice.EXTERNAL_ID_MAX, "import.error.too-long");
            var type = enumValue("type", PracticeType.class, null);
            var status = enumValue("status", PracticeStatus.class, PracticeStatus.PUBLISHED);
            if (status == PracticeStatus.SUBMITTED) {
                // the secretariat's import publishes or keeps drafts; a review is asked for in the app (DD031)
                refuse("status", "import.error.status", row.text("status"));
            }
            var author = author();
            if (row.text("title") == null) {
                refuse("title", "practice.error.title", Practice.TITLE_MAX);
            }
            length("title", Practice.TITLE_MAX, "practice.error.title");
            if (row.text("summary") == null) {
                refuse("summary", "practice.error.summary", Practice.SUMMARY_MAX);
            }
            length("summary", Practice.SUMMARY_MAX, "practice.error.summary");
            length("city", Practice.CITY_MAX, "practice.error.city");
            for (var field : List.of("objectives", "actions", "partners", "results", "evaluation", "body")) {
                length(field, Practice.TEXT_MAX, "practice.error." + field);
            }
            length("contact", Practice.CONTACT_MAX, "practice.error.contact");
            var organisation = author == null ? null : lookups.organisation(author.organisationId());
            var country = country(organisation);
            var language = language();
            var start = date("periodStart");
            var end = date("periodEnd");
            if (start == null && row.text("periodStart") == null) {
                refuse("periodStart", "import.error.required");
            }
            if (start != null && end != null && end.isBefore(start)) {
                refuse("periodEnd", "practice.error.period");
            }
            var themeIds = ids(
                    "themes",
                    lookups.themesByCode.keySet(),
                    c -> lookups.themesByCode.get(c).id(),
                    "import.error.theme-unknown");
            var groupIds = ids(
                    "groups", lookups.groupsBySlug.keySet(), lookups.groupsBySlug::get, "import.error.group-unknown");
            var wholeNetwork = wholeNetwork();
            if (!refusals.isEmpty()) {
                throw new Refused(refusals);
            }
            var city = row.text("city") != null
                    ? row.text("city")
                    : row.text("country") == null
                            ? Objects.requireNonNull(organisation).city()
                            : null;
            var draft = new PracticeDraft(
                    Objects.requireNonNull(type),
                    Objects.requireNonNull(row.text("title")),
                    Objects.requireNonNull(row.text("summary")),
                    city,
                    country,
                    Objects.requireNonNull(language),
                    Objects.requireNonNull(start),
                    end,
                    themeIds,
                    groupIds,
                    wholeNetwork,
                    row.text("objectives"),
                    row.text("actions"),
                    row.text("partners"),
                    row.text("results"),
                    row.text("evaluation"),
                    row.text("contact"),
                    row.text("body"));
            var person = Objects.requireNonNull(author);
            return new Checked(
                    Objects.requireNonNull(externalId),
                    Objects.requireNonNull(status),
                    person.id(),
                    person.organisationId(),
                    Objects.requireNonNull(country),
                    draft);
        }

        private @Nullable PersonSummary author() {
            var email = required("authorEmail");
            if (email == null) {
                return null;
            }
            var person = lookups.author(email);
            if (person.isEmpty()) {
                refuse("authorEmail", "import.error.author-unknown", email);
                return null;
            }
            if (person.get().status() != PersonStatus.ACTIVE) {
                refuse("authorEmail", "import.error.author-inactive", email);
                return null;
            }
            if (person.get().role() == Role.RESEARCHER) {
                refuse("authorEmail", "import.error.author-researcher", email);
                return null;
            }
            return person.get();
        }

        /** The row's country, or the author's organisation's; {@code null} when refused. */
        private @Nullable String country(@Nullable OrganisationSummary organisation) {
            var given = row.text("country");
            if (given == null) {
                return organisation == null ? null : organisation.country();
            }
            var code = given.toUpperCase(Locale.ROOT);
            if (!Countries.isValid(code)) {
                refuse("country", "import.error.country", given);
                return null;
            }
            return code;
        }

        private @Nullable String language() {
            var given = required("language");
            if (given == null) {
                return null;
            }
            var code = given.toLowerCase(Locale.ROOT);
            if (!PracticeLanguages.isValid(code)) {
                refuse("language", "import.error.language", given);
                return null;
            }
            return code;
        }

        private @Nullable LocalDate date(String field) {
            var text = row.text(field);
            if (text == null) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                refuse(field, "import.error.date", text);
                return null;
            }
            // Year 0 or 3000 is a typing or export error, never a practice of the network.
            if (date.getYear() < FIRST_YEAR || date.getYear() > lastYear) {
                refuse(field, "import.error.year", text, String.valueOf(FIRST_YEAR), String.valueOf(lastYear));
                return null;
            }
            return date;
        }

        private Set<Long> ids(String field, Set<String> known, Function<String, Long> id, String unknownKey) {
            var ids = new HashSet<Long>();
            for (var code : new LinkedHashSet<>(row.list(field))) {
                if (known.contains(code)) {
                    ids.add(id.apply(code));
                } else {
                    refuse(field, unknownKey, code);
                }
            }
            return ids;
        }

        private boolean wholeNetwork() {
            var text = row.text("wholeNetwork");
            if (text == null || text.equalsIgnoreCase("false")) {
                return false;
            }
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
            refuse("wholeNetwork", "import.error.boolean", text);
            return false;
        }

        private <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type, @Nullable E absent) {
            var text = row.text(field);
            if (text == null) {
                if (absent == null) {
                    refuse(field, "import.error.required");
                }
                return absent;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                refuse(field, "import.error." + field, text);
                return null;
            }
        }

        private @Nullable String required(String field) {
            var text = row.text(field);
            if (text == null) {
                refuse(field, "import.error.required");
            }
            return text;
        }

        private void length(String field, int max, String key) {
            var text = row.text(field);
            if (text != null && text.length() > max) {
                refuse(field, key, max);
            }
        }

        private void refuse(String field, String key, Object... arguments) {
            refusals.add(problem(row.number(), externalId, field, key, arguments));
        }
    }
}
