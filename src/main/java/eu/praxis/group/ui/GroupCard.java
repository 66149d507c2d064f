package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.praxis.group.GroupListItem;
import eu.praxis.group.GroupMembership;
import org.jspecify.annotations.Nullable;

/** A group in a list of cards: link, member count, labels, the start of its description, and an action. */
final class GroupCard extends Card {

    private static final int EXCERPT_LENGTH = 200;

    /**
     * @param showMembership whether to label the viewer's membership (not needed in a list of one's own groups,
     *                       where only leading is worth a label)
     */
    GroupCard(GroupListItem group, boolean showMembership, @Nullable Component action) {
        addThemeVariants(CardVariant.OUTLINED);
        setTitle(GroupNavigation.linkTo(group.slug(), group.name()));
        setSubtitle(new Span(getTranslation("group.members.count", group.memberCount())));
        var badges = new GroupBadges().policy(group.joinPolicy());
        if (showMembership) {
            badges.membership(group.myStatus(), group.iLead());
        } else {
            badges.lead(group.iLead());
        }
        add(badges.researchers(group.visibleToResearchers()).archived(group.archived()));
        if (!group.description().isBlank()) {
            add(new Paragraph(excerpt(group.description())));
        }
        if (action != null) {
            addToFooter(action);
        }
    }

    /** A card with the viewer's membership button (join, request, leave, withdraw), where there is one. */
    static GroupCard withMembershipButton(GroupListItem group, GroupMembership membership, Runnable afterChange) {
        return new GroupCard(
                group, true, MembershipButton.of(group, membership, afterChange).orElse(null));
    }

    /** The first words of a text, cut at a word boundary. */
    private static String excerpt(String text) {
        var flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        var cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "…";
    }
}
