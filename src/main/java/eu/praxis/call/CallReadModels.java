package eu.praxis.call;

import eu.praxis.discussion.MarkdownRenderer;
import eu.praxis.group.GroupDirectory;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonSummary;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.security.Viewer;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the directory's items, a call's page and the answers from the entities and what other features say. */
@Component
class CallReadModels {

    private final CallAnswerRepository answers;
    private final ProjectDirectory projects;
    private final ThemeService themes;
    private final GroupDirectory groups;
    private final OrganisationService organisations;
    private final MemberService members;
    private final MarkdownRenderer markdown;
    private final CallPolicy policy;
    private final Clock clock;

    CallReadModels(
            CallAnswerRepository answers,
            ProjectDirectory projects,
            ThemeService themes,
            GroupDirectory groups,
            OrganisationService organisations,
            MemberService members,
            MarkdownRenderer markdown,
            CallPolicy policy,
            Clock clock) {
        this.answers = answers;
        this.projects = projects;
        this.themes = themes;
        this.groups = groups;
        this.organisations = organisations;
        this.members = members;
        this.markdown = markdown;
        this.policy = policy;
        this.clock = clock;
    }

    /** The projects and the viewer's organisation's answers are looked up once for all the calls. */
    List<CallListItem> listItems(List<Call> calls, Viewer viewer) {
        var acronyms = projects.acronyms(
                calls.stream().map(Call::getProjectId).filter(Objects::nonNull).collect(Collectors.toSet()));
        var mine = answers
                .findByOrganisationIdAndCallIdIn(
                        viewer.organisationId(), calls.stream().map(Call::getId).toList())
                .stream()
                .collect(Collectors.toMap(CallAnswer::getCallId, CallAnswer::getStatus));
        var now = clock.instant();
        return calls.stream()
                .map(c -> new CallListItem(
                        Objects.requireNonNull(c.getId()),
                        c.getKind(),
                        c.getTitle(),
                        c.getDeadline(),
                        c.getTimeZone(),
                        c.isOpen(now),
                        c.getProjectId() == null ? null : acronyms.get(c.getProjectId()),
                        mine.get(c.getId())))
                .toList();
    }

    /** @param mayReview whether the viewer reviews the answers ({@link CallPolicy#mayReview}) */
    CallDetails details(Call call, Viewer viewer, boolean mayReview) {
        var id = Objects.requireNonNull(call.getId());
        var open = call.isOpen(clock.instant());
        var mine = answers.findByCallIdAndOrganisationId(id, viewer.organisationId())
                .map(a -> items(List.of(a)).getFirst())
                .orElse(null);
        var deadline = call.getDeadline().atZone(call.getTimeZone()).toLocalDateTime();
        return new CallDetails(
                id,
                call.getVersion(),
                call.getKind(),
                call.getTitle(),
                markdown.toHtml(call.getBodyMarkdown(), personId -> null),
                call.getEligibility(),
                call.getDeadline(),
                call.getTimeZone(),
                open,
                call.getProjectId(),
                call.getProjectId() == null
                        ? null
                        : projects.acronyms(List.of(call.getProjectId())).get(call.getProjectId()),
                themes.items(call.getThemeIds()).values().stream().toList(),
                groups.groupNames(call.getGroupIds()),
                mine,
                open && (mine == null || mine.status() == AnswerStatus.DRAFT) && policy.mayAnswer(viewer),
                open && mine != null && policy.mayAnswer(viewer),
                policy.mayAdminister(viewer),
                mayReview,
                new CallDraft(
                        call.getKind(),
                        call.getTitle(),
                        call.getBodyMarkdown(),
                        call.getEligibility(),
                        deadline,
                        call.getTimeZone(),
                        call.getProjectId(),
                        call.getThemeIds(),
                        call.getGroupIds()));
    }

    /** Answers with their organisations' and people's names, looked up once for all of them. */
    List<AnswerItem> items(Collection<CallAnswer> list) {
        var organisationNames = organisations
                .summaries(list.stream().map(CallAnswer::getOrganisationId).collect(Collectors.toSet()))
                .values()
                .stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        var people =
                members.summaries(list.stream().map(CallAnswer::getPersonId).collect(Collectors.toSet()));
        return list.stream()
                .map(a -> new AnswerItem(
                        Objects.requireNonNull(a.getId()),
                        a.getCallId(),
                        a.getOrganisationId(),
                        organisationNames.getOrDefault(a.getOrganisationId(), ""),
                        name(people.get(a.getPersonId())),
                        a.getMotivation(),
                        a.getStatus(),
                        a.getLetterFileName(),
                        a.getSubmittedAt()))
                .toList();
    }

    private static String name(@Nullable PersonSummary person) {
        return person == null ? "" : person.name();
    }
}
