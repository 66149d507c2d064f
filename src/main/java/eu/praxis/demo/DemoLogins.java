package eu.praxis.demo;

import eu.praxis.member.MemberService;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.RunAs;
import java.util.List;
import java.util.function.Supplier;

/** Runs demo steps as a demo person, with their organisation and role, as the login would. */
final class DemoLogins {

    private DemoLogins() {}

    static <T> T as(MemberService members, long personId, Supplier<T> action) {
        var person = members.summaries(List.of(personId)).get(personId);
        var user = new PraxisUser(
                personId,
                person.organisationId(),
                person.email(),
                person.name(),
                person.role(),
                person.language(),
                null,
                true,
                true);
        return RunAs.as(user, action);
    }
}
