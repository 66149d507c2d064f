package eu.praxis.call;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.TextInput;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupDirectory;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat publishes calls ({@link CallPolicy#mayAdminister}), changes them and closes them before their
 * deadline. Every change is in the audit log ({@code call.create}, {@code call.change}, {@code call.close}). A draft
 * is checked as a whole and refused with a message for the first thing wrong, so that nothing half-valid is saved.
 */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
@Transactional
public class CallAdministration {

    private final CallRepository calls;
    private final ThemeService themes;
    private final GroupDirectory groups;
    private final ProjectDirectory projects;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CallAdministration(
            CallRepository calls,
            ThemeService themes,
            GroupDirectory groups,
            ProjectDirectory projects,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.calls = calls;
        this.themes = themes;
        this.groups = groups;
        this.projects = projects;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** @return the new call's id */
    public long create(CallDraft draft) {
        var call = calls.save(new Call(validated(draft), clock.instant()));
        var id = Objects.requireNonNull(call.getId());
        audit(publisher, clock, "call.create", id);
        publisher.publishEvent(new CallPublished(
                id, call.getTitle(), groupsToTell(call), CurrentUser.require().personId()));
        return id;
    }

    /**
     * @param expectedVersion the version the editor started from; a change made meanwhile by someone else is not
     *     overwritten
     */
    public void update(long id, CallDraft draft, int expectedVersion) {
        var call = calls.findById(id).orElseThrow(NotFoundException::new);
        if (call.getVersion() != expectedVersion) {
            throw new UserFacingException("call.error.changed-meanwhile");
        }
        call.apply(validated(draft), clock.instant());
        audit(publisher, clock, "call.change", id);
    }

    /** Closes the call before its deadline: no more answers or withdrawals. Closing a closed call changes nothing. */
    public void close(long id) {
        if (calls.findById(id).orElseThrow(NotFoundException::new).close(clock.instant())) {
            audit(publisher, clock, "call.close", id);
        }
    }

    /** See {@link CallPublished#groupIds}. */
    private Set<Long> groupsToTell(Call call) {
        if (!call.getGroupIds().isEmpty()) {
            return call.getGroupIds();
        }
        var projectId = call.getProjectId();
        return projectId == null ? Set.of() : projects.get(projectId).groups().keySet();
    }

    /** The draft with its texts trimmed, or a refusal naming the first thing wrong. */
    private CallDraft validated(CallDraft draft) {
        var title = TextInput.required(draft.title(), Call.TITLE_MAX, "call.error.title");
        var body = TextInput.required(draft.body(), Call.BODY_MAX, "call.error.body");
        var eligibility = TextInput.optional(draft.eligibility(), Call.ELIGIBILITY_MAX, "call.error.eligibility");
        if (draft.projectId() != null
                && projects.acronyms(List.of(draft.projectId())).isEmpty()) {
            throw new UserFacingException("call.error.unknown-project");
        }
        if (themes.items(draft.themeIds()).size() != draft.themeIds().size()) {
            throw new UserFacingException("call.error.unknown-theme");
        }
        if (groups.groupNames(draft.groupIds()).size() != draft.groupIds().size()) {
            throw new UserFacingException("call.error.unknown-group");
        }
        return new CallDraft(
                draft.kind(),
                title,
                body,
                eligibility,
                draft.deadline(),
                draft.timeZone(),
                draft.projectId(),
                draft.themeIds(),
                draft.groupIds());
    }

    /** Calls and their answers are audited on the call. */
    static void audit(ApplicationEventPublisher publisher, Clock clock, String action, long callId) {
        publisher.publishEvent(new AuditedAction(
                CurrentUser.require().personId(), action, "call", callId, null, null, clock.instant()));
    }
}
