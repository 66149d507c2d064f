package eu.praxis.call;

import eu.praxis.TestPeople;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Organisations, people and call drafts for the call tests, with unique names: tests share one database. */
public final class CallFixtures {

    /** The smallest file the upload check takes for a PDF: its content starts like one. */
    public static final byte[] PDF =
            "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private CallFixtures() {}

    /** A new member city, registered by the secretariat. */
    public static long city(OrganisationService organisations, String name) {
        return RunAs.person(
                0,
                Role.ADMIN,
                () -> organisations.register(
                        name + " " + UUID.randomUUID().toString().substring(0, 6),
                        OrganisationKind.CITY,
                        "BE",
                        "Liège",
                        LocalDate.of(2015, 1, 1)));
    }

    /** A new person of the organisation, as the login would make them: with their organisation. */
    public static PraxisUser person(TestPeople people, long organisationId, Role role) {
        var account = people.account(organisationId, role);
        return new PraxisUser(
                account.id(),
                organisationId,
                account.email(),
                "Person " + account.email(),
                role,
                Locale.ENGLISH,
                null,
                true,
                true);
    }

    public static <T> T as(PraxisUser user, Supplier<T> action) {
        return RunAs.as(user, action);
    }

    public static void as(PraxisUser user, Runnable action) {
        RunAs.as(user, () -> {
            action.run();
            return null;
        });
    }

    /** A call to the whole network (no groups) or to the groups, with its deadline on a clock in the zone. */
    public static CallDraft draft(String title, LocalDateTime deadline, ZoneId zone, Set<Long> groupIds) {
        return new CallDraft(
                CallKind.PARTNERS,
                title,
                "We look for **partner cities**.",
                "Member cities.",
                deadline,
                zone,
                null,
                Set.of(),
                groupIds);
    }
}
