package eu.praxis.demo;

import eu.praxis.member.MemberService;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.RunAs;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Runs demo actions as a demo person with their organisation, as the login would (writing needs the organisation). */
@Component
class DemoLogins {

    private final MemberService members;

    DemoLogins(MemberService members) {
        this.members = members;
    }

    /** Runs the action as the person, with their organisation, as the login would. */
    <T> T as(long personId, Supplier<T> action) {
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
