package eu.praxis.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A person's memberships, read once per HTTP request. A page asks several features what the viewer may see (the home
 * page: events, calls, practices, groups), and each asks for the viewer's groups; the memberships do not change
 * between those questions, unless one of them is written, which forgets what was read ({@link Membership}'s
 * callbacks). Outside a request (background work, push) every question goes to the database.
 */
@Component
class RequestMemberships {

    private static final String ATTRIBUTE = RequestMemberships.class.getName();

    private final MembershipRepository memberships;

    RequestMemberships(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    List<Membership> of(long personId) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return memberships.findByPersonId(personId);
        }
        @SuppressWarnings("unchecked")
        var read = (Map<Long, List<Membership>>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = new HashMap<>();
            request.setAttribute(ATTRIBUTE, read, RequestAttributes.SCOPE_REQUEST);
        }
        return read.computeIfAbsent(personId, memberships::findByPersonId);
    }

    /** A membership was written: what this request read of anyone's memberships is read again. */
    static void forget() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
