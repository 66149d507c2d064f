package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.group.ui.GroupNavigation;
import eu.praxis.member.ui.MemberNavigation;
import eu.praxis.organisation.ui.OrganisationNavigation;
import eu.praxis.practice.EvidenceCriteria;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.practice.PracticeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A practice as readers see it, read-only: the facts (place, period, themes, groups, author, evidence level), the
 * summary, the texts of its type under their headings, the evidence criteria the author wrote and how to cite this
 * version (DD032). The page shows the current version with it, the history and a version's address an older one.
 */
final class PracticeContent extends Article {

    /** @param groupSlugs slugs of the groups the viewer may see, by id, to link the sharing groups */
    PracticeContent(PracticeDetails practice, Map<Long, String> groupSlugs) {
        addClassName("practice-content");
        var locale = getLocale();
        if (practice.status() != PracticeStatus.PUBLISHED) {
            var badge = new Span(
                    getTranslation("practice.status." + practice.status().name()));
            badge.addClassName("practice-badge");
            badge.setId("practice-status");
            add(badge);
        }
        if (practice.hidden()) {
            add(ModerationMenu.badge(this, "common.moderation.hidden"));
        }
        if (practice.deleted()) {
            add(ModerationMenu.badge(this, "common.moderation.deleted"));
        }
        if (practice.hiddenReason() != null) {
            var note = new Paragraph(getTranslation("common.moderation.hidden-reason", practice.hiddenReason()));
            note.addClassName("moderation-note");
            note.setId("hidden-reason");
            add(note);
        }
        var facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "practice.view.type", new Span(PracticeTexts.type(this, practice.type())));
        fact(facts, "practice.view.place", new Span(PracticeTexts.place(practice.city(), practice.country(), locale)));
        fact(
                facts,
                "practice.view.period",
                new Span(PracticeTexts.period(practice.periodStart(), practice.periodEnd(), locale)));
        fact(facts, "practice.field.language", new Span(PracticeTexts.language(practice.language(), locale)));
        if (!practice.themes().isEmpty()) {
            fact(facts, "practice.field.themes", new Span(PracticeTexts.themes(practice.themes(), locale)));
        }
        fact(facts, "practice.field.groups", groups(practice, groupSlugs));
        fact(
                facts,
                "practice.view.author",
                new Span(
                        MemberNavigation.linkTo(practice.authorId(), practice.authorName()),
                        new Span(" · "),
                        OrganisationNavigation.linkTo(practice.authorOrganisationId(), practice.organisationName())));
        if (practice.publishedAt() != null) {
            fact(facts, "practice.view.published", new Span(ViewerTime.date(practice.publishedAt())));
        }
        var updated = new Span(getTranslation(
                "practice.view.updated-version", ViewerTime.date(practice.updatedAt()), practice.versionNumber()));
        updated.setId("practice-version");
        fact(facts, "practice.view.updated", updated);
        var level = new Span(getTranslation("practice.evidence-level."
                + (practice.evidenceLevel() == null
                        ? "none"
                        : practice.evidenceLevel().code())));
        level.setId("evidence-level");
        level.setTitle(getTranslation("practice.evidence-level.help"));
        fact(facts, "practice.evidence-level", level);
        add(facts);

        text("practice.field.summary", practice.summary());
        if (practice.type() == PracticeType.SHEET) {
            text("practice.field.objectives", practice.objectives());
            text("practice.field.actions", practice.actions());
            text("practice.field.partners", practice.partners());
            text("practice.field.results", practice.results());
            text("practice.field.evaluation", practice.evaluation());
            text("practice.field.contact", practice.contact());
        } else {
            text("practice.field.body", practice.body());
        }
        evidence(practice.evidence());
        add(new CitationPanel(practice.citation()));
    }

    /** The criteria the author wrote, under one heading; nothing when none. */
    private void evidence(EvidenceCriteria evidence) {
        var filled = evidence.filled();
        if (filled.isEmpty()) {
            return;
        }
        var summary = new Section(new H2(getTranslation("practice.evidence.title")));
        summary.setId("evidence-summary");
        filled.forEach((criterion, text) -> {
            var paragraph = new Paragraph(text);
            paragraph.addClassName("pre-line");
            summary.add(new H3(getTranslation("practice.evidence." + criterion.key())), paragraph);
        });
        add(summary);
    }

    private Component groups(PracticeDetails practice, Map<Long, String> groupSlugs) {
        List<Component> items = new ArrayList<>();
        if (practice.wholeNetwork()) {
            items.add(new Span(getTranslation("practice.field.whole-network")));
        }
        practice.groups().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .forEach(group -> {
                    var slug = groupSlugs.get(group.getKey());
                    items.add(
                            slug == null ? new Span(group.getValue()) : GroupNavigation.linkTo(slug, group.getValue()));
                });
        var list = new Span();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                list.add(new Span(", "));
            }
            list.add(items.get(i));
        }
        return list;
    }

    private void fact(DescriptionList facts, String labelKey, Component value) {
        facts.add(new Term(getTranslation(labelKey)), new Description(value));
    }

    /** A heading and the text with its line breaks; nothing when the author left it empty. */
    private void text(String headingKey, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        var paragraph = new Paragraph(text);
        paragraph.addClassName("pre-line");
        add(new H2(getTranslation(headingKey)), paragraph);
    }
}
