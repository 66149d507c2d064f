package eu.praxis.group.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.MembershipStatus;
import org.jspecify.annotations.Nullable;

/**
 * The small labels of a group: how one joins it, the viewer's place in it, archived, open to
 * researchers, publications reviewed. Plain spans styled in styles.css, because Vaadin's Badge component is still behind a
 * feature flag.
 */
final class GroupBadges extends Div {

    GroupBadges() {
        addClassName("group-badges");
    }

    /** Invite-only stands out: those groups have no join button, and the badge says why. */
    GroupBadges policy(JoinPolicy policy) {
        return badge("group.policy." + policy.name(), policy == JoinPolicy.INVITE_ONLY ? "contrast" : "primary");
    }

    /** Lead, member or request pending; nothing for people outside the group. */
    GroupBadges membership(@Nullable MembershipStatus status, boolean lead) {
        if (lead) {
            return badge("group.status.lead", "success");
        }
        if (status == null) {
            return this;
        }
        return badge("group.status." + status.name(), status == MembershipStatus.PENDING ? "warning" : "success");
    }

    GroupBadges lead(boolean lead) {
        return lead ? badge("group.status.lead", "success") : this;
    }

    GroupBadges archived(boolean archived) {
        return archived ? badge("group.archived", "contrast") : this;
    }

    GroupBadges researchers(boolean visibleToResearchers) {
        return visibleToResearchers ? badge("group.researchers.visible", "primary") : this;
    }

    GroupBadges reviewed(boolean reviewsPublications) {
        return reviewsPublications ? badge("group.review.on", "primary") : this;
    }

    private GroupBadges badge(String key, String variant) {
        var badge = new Span(getTranslation(key));
        badge.addClassNames("group-badge", "group-badge-" + variant);
        add(badge);
        return this;
    }
}
