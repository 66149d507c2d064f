package eu.praxis.group.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupListItem;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.MembershipStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one membership button a group offers the viewer, the same on the home page, the list and the
 * group page: join (open groups), request to join (on request), leave (members, after confirming) or
 * withdraw a pending request. None for invite-only groups one is not in. Only UX: the service decides.
 */
final class MembershipButton {

    /** Names the button for end-to-end tests, whatever the language. */
    private static final String ACTION = "data-action";

    private MembershipButton() {}

    static Optional<Button> of(GroupListItem group, GroupMembership membership, Runnable afterChange) {
        return of(
                new Target(
                        group.id(),
                        group.name(),
                        group.joinPolicy(),
                        group.myStatus(),
                        group.mayJoin(),
                        group.myStatus() != null),
                membership,
                afterChange);
    }

    static Optional<Button> of(GroupDetails group, GroupMembership membership, Runnable afterChange) {
        return of(
                new Target(
                        group.id(),
                        group.name(),
                        group.joinPolicy(),
                        group.myStatus(),
                        group.mayJoin(),
                        group.mayLeave()),
                membership,
                afterChange);
    }

    private static Optional<Button> of(Target group, GroupMembership membership, Runnable afterChange) {
        if (group.mayJoin()) {
            var button = new Button();
            var open = group.policy() == JoinPolicy.OPEN;
            button.setText(button.getTranslation(open ? "group.action.join" : "group.action.request"));
            button.getElement().setAttribute(ACTION, open ? "join" : "request");
            button.addThemeVariants(ButtonVariant.PRIMARY);
            button.addClickListener(e -> Actions.attempt(button, () -> membership.join(group.id()))
                    .ifPresent(status -> {
                        Toasts.success(
                                button,
                                status == MembershipStatus.ACTIVE ? "group.joined" : "group.requested",
                                group.name());
                        afterChange.run();
                    }));
            return Optional.of(button);
        }
        if (!group.mayLeave()) {
            return Optional.empty();
        }
        var button = new Button();
        Runnable leave = () -> Actions.perform(
                button,
                () -> membership.leave(group.id()),
                afterChange,
                group.status() == MembershipStatus.PENDING ? "group.withdrawn" : "group.left",
                group.name());
        if (group.status() == MembershipStatus.PENDING) {
            button.setText(button.getTranslation("group.action.withdraw"));
            button.getElement().setAttribute(ACTION, "withdraw");
            button.addClickListener(e -> leave.run());
        } else {
            button.setText(button.getTranslation("group.action.leave"));
            button.getElement().setAttribute(ACTION, "leave");
            button.addClickListener(e -> Actions.confirm(
                    button,
                    button.getTranslation("group.leave.confirm.title", group.name()),
                    button.getTranslation(
                            "group.leave.confirm." + group.policy().name()),
                    button.getTranslation("group.action.leave"),
                    leave));
        }
        return Optional.of(button);
    }

    /** What the button needs to know, from a list item or a group page. */
    private record Target(
            long id,
            String name,
            JoinPolicy policy,
            @Nullable MembershipStatus status,
            boolean mayJoin,
            boolean mayLeave) {}
}
