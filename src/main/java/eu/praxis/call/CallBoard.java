package eu.praxis.call;

import eu.praxis.security.CurrentUser;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading calls: the directory with its filters and a call's page with the viewer's organisation's answer. Which
 * calls a viewer reads is {@link CallPolicy#maySee}; a call they may not read is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CallBoard {

    private final CallRepository calls;
    private final CallLookup lookup;
    private final CallReadModels readModels;
    private final CallPolicy policy;

    CallBoard(CallRepository calls, CallLookup lookup, CallReadModels readModels, CallPolicy policy) {
        this.calls = calls;
        this.lookup = lookup;
        this.readModels = readModels;
        this.policy = policy;
    }

    /**
     * The calls the viewer may read that match the filter: open ones first, the nearest deadline first, then the
     * closed ones, the most recent first. The network publishes tens of calls a year: they are filtered in memory.
     */
    public List<CallListItem> list(CallFilter filter) {
        return list(c -> (filter.kind() == null || c.getKind() == filter.kind())
                && (filter.themeId() == null || c.getThemeIds().contains(filter.themeId())));
    }

    /** The project's calls the viewer may read, in the order of {@link #list}. */
    public List<CallListItem> callsOfProject(long projectId) {
        return list(c -> c.getProjectId() != null && c.getProjectId() == projectId);
    }

    /**
     * The open calls for the whole network (for no groups: every member reads them), the nearest deadline first: the
     * newsletter's "open calls".
     */
    public List<CallListItem> openToNetwork() {
        var network = calls.findAllByOrderByDeadlineAscIdAsc().stream()
                .filter(c -> c.getGroupIds().isEmpty())
                .toList();
        return readModels.listItems(network, CurrentUser.require()).stream()
                .filter(CallListItem::open)
                .toList();
    }

    private List<CallListItem> list(Predicate<Call> filter) {
        var viewer = CurrentUser.require();
        var groupIds = lookup.myGroupIds();
        var matching = calls.findAllByOrderByDeadlineAscIdAsc().stream()
                .filter(c -> policy.maySee(viewer, c.getGroupIds(), groupIds))
                .filter(filter)
                .toList();
        var items = readModels.listItems(matching, viewer);
        var open = items.stream().filter(CallListItem::open);
        var closed = items.stream().filter(c -> !c.open()).toList().reversed().stream();
        return Stream.concat(open, closed).toList();
    }

    /** @throws eu.praxis.base.NotFoundException when there is no such call or the viewer may not read it */
    public CallDetails get(long id) {
        var viewer = CurrentUser.require();
        var call = lookup.visible(id, viewer);
        return readModels.details(call, viewer, lookup.mayReview(call, viewer));
    }

    /** Whether the caller publishes and changes calls (the "New call" button). */
    public boolean mayAdminister() {
        return policy.mayAdminister(CurrentUser.require());
    }
}
