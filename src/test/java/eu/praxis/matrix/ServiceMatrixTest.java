package eu.praxis.matrix;

import static eu.praxis.practice.PracticeFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.ModerationAction;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.EvidenceLevel;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeModeration;
import eu.praxis.practice.PracticeRedaction;
import eu.praxis.practice.RedactableField;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The authorization matrix of the services (issue 24): every action of every service (found by reflection,
 * {@link ServiceMethods}) is called as each role on a subject in each relevant state, and the outcome is
 * asserted: {@code ALLOWED} (it returns; for a query, with the subject in its answer), {@code EMPTY} (it answers
 * without the subject: not listed, empty, {@code false}) or {@code REFUSED} with the exact exception the code
 * uses: {@link AccessDeniedException} (method security, or a rule the caller fails although they may see the
 * thing), {@link NotFoundException} (the thing must look unknown to the caller), {@link UserFacingException}
 * (exactly that class: the caller sees the thing but the action is not theirs, with a message for them).
 * Every row is one dynamic test named {@code Class.method | role | state → outcome}, so the test report lists
 * the matrix.
 *
 * <p>Roles: a visitor (anonymous), the author of the subject, a colleague (the author's organisation, in no
 * group), a member of the subject's group, a member of another group, the lead of the group, the lead of
 * another group, a researcher and the secretariat. A researcher "with access" is the researcher on a subject
 * in a group opened to researchers (state {@code open}), "without access" on every other state, since access
 * is a property of the group, not of the person. There is no focal point in the domain yet: no row. A
 * disabled person and a person of a suspended organisation never reach a service: login refuses them and
 * their sessions are ended ({@code Sessions}), their API tokens and feeds stop working; that is where they are
 * refused and where they are to be tested (the HTTP matrix).
 *
 * <p>Each state has its own group and subject, built once and committed. Every row runs in a transaction that
 * is rolled back, so an allowed change never changes the state of the next row.
 *
 * <p>To add a row: add a {@code row(...)} call in {@link #rows()} under the service's heading, naming the
 * method as {@link ServiceMethods} does, the states, the call, and the expected outcome per role (derive it
 * from the feature's policy and DDs, never from what the code happens to do). {@code coverage} fails for a
 * method without a row, and lists those still waiting in {@link #NOT_YET_COVERED}, which may only shrink.
 */
@IntegrationTest
class ServiceMatrixTest {

    /**
     * Actions that have no rows yet (issue 24, deliverable 4, unfinished). This list may only shrink: a new
     * service method must come with its rows, and {@code coverage} fails for a name here that has rows or no
     * longer exists.
     */
    static final Set<String> NOT_YET_COVERED = Set.of(
            "CalendarFeedService.feed",
            "CalendarFeedService.hasFeed",
            "CalendarFeedService.regenerate",
            "CalendarFeedService.revoke",
            "DiscussionPosts.find",
            "DiscussionPosting.editReply",
            "DiscussionPosting.editThread",
            "DiscussionPosting.reply",
            "DiscussionPosting.replyToPractice",
            "DiscussionPosting.startThread",
            "DiscussionReading.discussionOfPractice",
            "DiscussionReading.groupThreads",
            "DiscussionReading.mayReadThreadsOfGroup",
            "DiscussionReading.mentionable",
            "DiscussionReading.newestThreadsOfGroup",
            "DiscussionReading.preview",
            "DiscussionReading.replyHistory",
            "DiscussionReading.thread",
            "DiscussionReading.threadHistory",
            "DiscussionReading.threadsOfGroup",
            "ReplyModeration.apply",
            "ReplyModeration.available",
            "ReplyModeration.type",
            "ThreadModeration.apply",
            "ThreadModeration.available",
            "ThreadModeration.move",
            "ThreadModeration.moveTargets",
            "ThreadModeration.type",
            // Refusals of these are tested in TwoFactorTest; rows in the matrix still to come.
            "TwoFactorService.confirmEnrolment",
            "TwoFactorService.mine",
            "TwoFactorService.of",
            "TwoFactorService.removeMine",
            "TwoFactorService.reset",
            "TwoFactorService.startEnrolment",
            "GroupAccess.activeMemberIds",
            "GroupMembership.addMember",
            "GroupMembership.admit",
            "GroupAdministration.appointLead",
            "GroupAdministration.archive",
            "GroupAdministration.create",
            "GroupMembership.decline",
            "GroupDirectory.find",
            "GroupDirectory.get",
            "GroupAccess.groupIdsILead",
            "GroupAccess.groupIdsWhoseContentICanSee",
            "GroupDirectory.groupNames",
            "GroupDirectory.groupsOfPeople",
            "GroupAccess.isActiveMember",
            "GroupAccess.isLead",
            "GroupMembership.join",
            "GroupMembership.leave",
            "GroupDirectory.list",
            "GroupAccess.myGroupIds",
            "GroupDirectory.myGroups",
            "GroupDirectory.newestMembersOfMyGroups",
            "GroupAdministration.removeLead",
            "GroupMembership.removeMember",
            "GroupAdministration.setVisibleToResearchers",
            "GroupAdministration.unarchive",
            "IndexAdministration.startRebuild",
            "IndexAdministration.status",
            "InvitationService.accept",
            "InvitationService.resend",
            "LibrarySearch.forEachHit",
            "LibrarySearch.search",
            "LibrarySearch.similarPractices",
            "MemberService.activePeopleOf",
            "MemberService.changeMyPassword",
            "MemberService.disable",
            "MemberService.enable",
            "MemberService.find",
            "MemberService.myProfile",
            "MemberService.profile",
            "MemberService.registerActive",
            "MemberService.summaries",
            "MemberService.updateMyProfile",
            "MembershipApplicationService.approve",
            "MembershipApplicationService.decided",
            "MembershipApplicationService.pending",
            "MembershipApplicationService.reject",
            "MembershipApplicationService.submit",
            "ModerationService.dismiss",
            "ModerationService.groupQueue",
            "ModerationService.hide",
            "ModerationService.lockThread",
            "ModerationService.mayReport",
            "ModerationService.openInGroup",
            "ModerationService.queue",
            "ModerationService.report",
            "ModerationService.warnAuthor",
            "NotificationService.changeDelivery",
            "NotificationService.markAllRead",
            "NotificationService.mine",
            "NotificationService.muteGroup",
            "NotificationService.mySettings",
            "NotificationService.open",
            "NotificationService.unmuteGroup",
            "NotificationService.unreadCount",
            "NotificationService.unsubscribe",
            "OrganisationService.reactivate",
            "PasswordResetService.isUsable",
            "PasswordResetService.requestReset",
            "PasswordResetService.reset",
            "PracticeImportService.importCsv",
            "PracticeImportService.importJson",
            "PracticeImportService.progress",
            "PracticeImportService.start");

    enum Who {
        VISITOR("visitor"),
        AUTHOR("author"),
        COLLEAGUE("colleague of the author"),
        MEMBER("member of the group"),
        OTHER_MEMBER("member of another group"),
        LEAD("lead of the group"),
        OTHER_LEAD("lead of another group"),
        RESEARCHER("researcher"),
        SECRETARIAT("secretariat");

        final String label;

        Who(String label) {
            this.label = label;
        }
    }

    enum State {
        NONE("—"),
        DRAFT("draft"),
        PUBLISHED("published"),
        OPEN("published, group open to researchers"),
        HIDDEN("hidden"),
        DELETED("deleted"),
        ARCHIVED("published, group archived"),
        NETWORK("published to the whole network"),
        SUBMITTED("submitted to a group whose publications are reviewed");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    /** ALLOWED, EMPTY, or REFUSED with an exception type. */
    record Outcome(String name, Class<? extends Throwable> refusal) {

        @Override
        public String toString() {
            return refusal == null ? name : "REFUSED (" + refusal.getSimpleName() + ")";
        }
    }

    static final Outcome OK = new Outcome("ALLOWED", null);
    static final Outcome EMPTY = new Outcome("EMPTY", null);
    static final Outcome DENIED = new Outcome("REFUSED", AccessDeniedException.class);
    static final Outcome NOT_FOUND = new Outcome("REFUSED", NotFoundException.class);
    static final Outcome REFUSED = new Outcome("REFUSED", UserFacingException.class);

    /** The expected outcome per role: a default, with exceptions; the visitor is refused unless said otherwise. */
    static final class Expect {
        final Map<Who, Outcome> outcomes = new EnumMap<>(Who.class);

        Expect(Outcome others) {
            for (var who : Who.values()) {
                outcomes.put(who, others);
            }
            outcomes.put(Who.VISITOR, DENIED);
        }

        Expect set(Outcome outcome, Collection<Who> who) {
            who.forEach(w -> outcomes.put(w, outcome));
            return this;
        }

        Expect set(Outcome outcome, Who... who) {
            return set(outcome, List.of(who));
        }
    }

    static Expect x(Outcome others) {
        return new Expect(others);
    }

    static Expect anyoneLoggedIn() {
        return x(OK);
    }

    static Expect secretariatOnly() {
        return x(DENIED).set(OK, Who.SECRETARIAT);
    }

    @FunctionalInterface
    interface Call {
        Object run(Subject s) throws Exception;
    }

    record Row(String method, State state, Who who, Outcome expected, Call call) {
        String name() {
            return method + " | " + who.label + " | " + state.label + " → " + expected;
        }
    }

    /** A state's subject: its group and practice, with the ids of what hangs on it. */
    record Subject(
            State state,
            long groupId,
            long practiceId,
            long attachmentId,
            long revision,
            long draftRevision,
            long eventId) {}

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    PracticeModeration practiceModeration;

    @Autowired
    PracticeRedaction redaction;

    @Autowired
    eu.praxis.practice.PracticeReview review;

    @Autowired
    eu.praxis.practice.PracticeEvidence evidence;

    @Autowired
    eu.praxis.content.ContentModeration contentModeration;

    @Autowired
    ThemeService themes;

    @Autowired
    eu.praxis.project.ProjectDirectory projectDirectory;

    @Autowired
    eu.praxis.project.ProjectAdministration projectAdministration;

    @Autowired
    eu.praxis.call.CallBoard callBoard;

    @Autowired
    eu.praxis.news.NewsRoom newsRoom;

    @Autowired
    eu.praxis.news.NewsDesk newsDesk;

    @Autowired
    eu.praxis.newsletter.NewsletterOffice newsletterOffice;

    @Autowired
    eu.praxis.newsletter.NewsletterArchive newsletterArchive;

    @Autowired
    eu.praxis.call.CallAdministration callAdministration;

    @Autowired
    eu.praxis.call.CallAnswering callAnswering;

    @Autowired
    eu.praxis.call.CallReview callReview;

    @Autowired
    eu.praxis.publication.PublicationLibrary publicationLibrary;

    @Autowired
    eu.praxis.publication.PublicPublications publicPublications;

    @Autowired
    eu.praxis.publication.PublicationAdministration publicationAdministration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Autowired
    eu.praxis.moderation.AuditService audit;

    @Autowired
    eu.praxis.event.EventCalendar events;

    @Autowired
    eu.praxis.event.EventRegistrations eventRegistrations;

    @Autowired
    eu.praxis.event.EventScheduling eventScheduling;

    @Autowired
    eu.praxis.event.EventAttendance eventAttendance;

    @Autowired
    eu.praxis.notification.RegisterLinks registerLinks;

    @Autowired
    eu.praxis.security.ApiTokenService tokens;

    @Autowired
    eu.praxis.member.InvitationService invitations;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private static World world;

    /** The people and one subject per state, made once for the run. */
    record World(
            Map<Who, PraxisUser> people,
            long organisationA,
            long bystanderOrganisation,
            long themeId,
            long inactiveThemeId,
            long authorsTokenId,
            long projectId,
            long callId,
            long answerId,
            long groupPublicationId,
            long groupPublicationFileId,
            long publicPublicationId,
            long publicPublicationFileId,
            Map<State, Subject> subjects) {}

    // --- the rows -----------------------------------------------------------------------------------------

    private static final Set<State> PRACTICE_STATES = EnumSet.of(
            State.DRAFT,
            State.PUBLISHED,
            State.OPEN,
            State.HIDDEN,
            State.DELETED,
            State.ARCHIVED,
            State.NETWORK,
            State.SUBMITTED);

    /**
     * Who sees the practice (PracticePolicy.maySee, DD023 for drafts, DD014 for hidden and deleted ones, DD031 for
     * submitted ones: its editors and its reviewers).
     */
    static Set<Who> seesPractice(State state) {
        return switch (state) {
            case DRAFT -> EnumSet.of(Who.AUTHOR, Who.COLLEAGUE);
            case SUBMITTED -> EnumSet.of(Who.AUTHOR, Who.COLLEAGUE, Who.LEAD, Who.SECRETARIAT);
            case PUBLISHED, ARCHIVED -> EnumSet.of(Who.AUTHOR, Who.COLLEAGUE, Who.MEMBER, Who.LEAD, Who.SECRETARIAT);
            case OPEN -> EnumSet.of(Who.AUTHOR, Who.COLLEAGUE, Who.MEMBER, Who.LEAD, Who.SECRETARIAT, Who.RESEARCHER);
            case HIDDEN -> EnumSet.of(Who.AUTHOR, Who.LEAD, Who.SECRETARIAT);
            case DELETED -> EnumSet.of(Who.SECRETARIAT);
            case NETWORK, NONE -> EnumSet.complementOf(EnumSet.of(Who.VISITOR));
        };
    }

    /** Who edits it (PracticePolicy.mayEdit): the author's organisation; once published also leads and the secretariat. */
    static Set<Who> editsPractice(State state) {
        var editors = switch (state) {
            case DRAFT, SUBMITTED -> EnumSet.of(Who.AUTHOR, Who.COLLEAGUE);
            case PUBLISHED, OPEN, ARCHIVED -> EnumSet.of(Who.AUTHOR, Who.COLLEAGUE, Who.LEAD, Who.SECRETARIAT);
            case NETWORK -> EnumSet.of(Who.AUTHOR, Who.COLLEAGUE, Who.SECRETARIAT);
            default -> EnumSet.of(Who.AUTHOR, Who.COLLEAGUE, Who.LEAD, Who.SECRETARIAT);
        };
        editors.retainAll(seesPractice(state));
        return editors;
    }

    /** Who sees the event: its group's members and organisers; a network webconference everyone (EventPolicy). */
    static Set<Who> seesEvent(State state) {
        return state == State.NETWORK
                ? EnumSet.complementOf(EnumSet.of(Who.VISITOR))
                : EnumSet.of(Who.AUTHOR, Who.MEMBER, Who.LEAD, Who.SECRETARIAT);
    }

    /** Reading: allowed for those who see it, "not found" for everyone else. */
    static Expect readPractice(State state) {
        return x(NOT_FOUND).set(OK, seesPractice(state));
    }

    /**
     * The older texts (PracticePolicy.mayReadHistory): those who edit it; those who only read it are denied (they read
     * the reasons of the changes), everyone else does not find it.
     */
    static Expect readHistory(State state) {
        return x(NOT_FOUND).set(DENIED, seesPractice(state)).set(OK, editsPractice(state));
    }

    /** A text written while it was a draft: its editors of the author's organisation only, even once published (DD023). */
    static Expect readDraftRevision(State state) {
        var readers = editsPractice(state);
        readers.retainAll(EnumSet.of(Who.AUTHOR, Who.COLLEAGUE));
        return x(NOT_FOUND).set(DENIED, seesPractice(state)).set(OK, readers);
    }

    /** Editing: not found for those who do not see it, refused with a message for those who see but do not edit. */
    static Expect editPractice(State state) {
        return x(NOT_FOUND).set(REFUSED, seesPractice(state)).set(OK, editsPractice(state));
    }

    /**
     * Hide, restore, delete (PracticePolicy.mayModerate): the secretariat and the leads of a sharing group, never
     * on their own practice; those who see it without moderating it are denied.
     */
    static Expect moderatePractice(State state) {
        return x(NOT_FOUND).set(DENIED, seesPractice(state)).set(OK, practiceModerators(state));
    }

    /** What one may do to the practice: something for its moderators, nothing (not a refusal) for anyone else. */
    static Expect moderationOfPractice(State state) {
        return x(EMPTY).set(OK, practiceModerators(state));
    }

    private static Set<Who> practiceModerators(State state) {
        var moderators = EnumSet.of(Who.SECRETARIAT);
        if (state != State.NETWORK) {
            moderators.add(Who.LEAD);
        }
        moderators.retainAll(seesPractice(state));
        return moderators;
    }

    /**
     * The evidence level (PracticePolicy.maySetEvidenceLevel, DD032): the moderators of a published practice outside the
     * author's organisation; its editors and moderators who may not are told why, its readers denied.
     */
    static Expect setEvidenceLevel(State state) {
        var reviewers = practiceModerators(state);
        reviewers.removeAll(EnumSet.of(Who.AUTHOR, Who.COLLEAGUE));
        if (unpublished(state)) {
            reviewers.clear();
        }
        var told = editsPractice(state);
        told.addAll(practiceModerators(state));
        return x(NOT_FOUND).set(DENIED, seesPractice(state)).set(REFUSED, told).set(OK, reviewers);
    }

    /** Lists (a group's page): the published practices one sees; a draft or a submitted one to nobody (DD023, DD031). */
    static Expect listPractice(State state) {
        return unpublished(state) ? x(EMPTY) : x(EMPTY).set(OK, seesPractice(state));
    }

    private static boolean unpublished(State state) {
        return state == State.DRAFT || state == State.SUBMITTED;
    }

    /** Changing its text or attachments: as editing, but nobody while it waits for review (DD031). */
    static Expect changePractice(State state) {
        return state == State.SUBMITTED ? x(NOT_FOUND).set(REFUSED, seesPractice(state)) : editPractice(state);
    }

    /**
     * A reviewer's decision (PracticePolicy.mayReview, DD031): the lead of the reviewed group and the secretariat; its
     * author's organisation, who see it, are denied; on a practice not in review, everyone who sees it is told so.
     */
    static Expect reviewPractice(State state) {
        return state == State.SUBMITTED
                ? x(NOT_FOUND).set(DENIED, Who.AUTHOR, Who.COLLEAGUE).set(OK, Who.LEAD, Who.SECRETARIAT)
                : x(NOT_FOUND).set(REFUSED, seesPractice(state));
    }

    static List<Row> rows() {
        var rows = new ArrayList<Row>();
        var all = PRACTICE_STATES;

        // PracticeEditing, PracticeLibrary, PracticeModeration
        row(
                rows,
                "PracticeEditing.create",
                State.NONE,
                x(OK).set(REFUSED, Who.RESEARCHER),
                s -> b().practices.create(sheet(unique("Matrix new"), Set.of(), Set.of(), false)));
        row(
                rows,
                "PracticeModeration.type",
                State.NONE,
                x(OK).set(OK, Who.VISITOR),
                s -> b().practiceModeration.type());
        for (var state : all) {
            row(
                    rows,
                    "PracticeLibrary.get",
                    state,
                    readPractice(state),
                    s -> b().library.get(s.practiceId()));
            row(
                    rows,
                    "PracticeLibrary.find",
                    state,
                    x(EMPTY).set(OK, seesPractice(state)),
                    s -> b().library.find(s.practiceId()));
            row(
                    rows,
                    "PracticeLibrary.history",
                    state,
                    readHistory(state),
                    s -> b().library.history(s.practiceId()));
            row(rows, "PracticeLibrary.changeReasons", state, readPractice(state), s -> {
                b().library.changeReasons(s.practiceId());
                return null;
            });
            row(
                    rows,
                    "PracticeLibrary.revision",
                    state,
                    readHistory(state),
                    s -> b().library.revision(s.practiceId(), s.revision()));
            row(
                    rows,
                    "PracticeLibrary.revision",
                    state,
                    readDraftRevision(state),
                    s -> b().library.revision(s.practiceId(), s.draftRevision()));
            // version 1 exists in every state: its text for those who read the history, the current one for readers
            row(
                    rows,
                    "PracticeLibrary.version",
                    state,
                    readPractice(state),
                    s -> b().library.version(s.practiceId(), 1));
            row(
                    rows,
                    "PracticeLibrary.citations",
                    state,
                    x(EMPTY).set(OK, seesPractice(state)),
                    s -> b().library.citations(List.of(s.practiceId())).containsKey(s.practiceId()));
            row(rows, "PracticeEvidence.setEvidenceLevel", state, setEvidenceLevel(state), s -> {
                b().evidence.setEvidenceLevel(s.practiceId(), EvidenceLevel.PROMISING);
                return null;
            });
            row(
                    rows,
                    "PracticeRedaction.redactPassage",
                    state,
                    moderatePractice(state),
                    s -> b().redaction
                            .redactPassage(s.practiceId(), RedactableField.OBJECTIVES, "noise", "matrix: a name"));
            row(
                    rows,
                    "PracticeRedaction.redactField",
                    state,
                    moderatePractice(state),
                    s -> b().redaction.redactField(s.practiceId(), RedactableField.CONTACT, "matrix: a phone number"));
            row(
                    rows,
                    "PracticeRedaction.redactAttachment",
                    state,
                    moderatePractice(state),
                    s -> b().redaction.redactAttachment(s.attachmentId(), "matrix: a scanned passport"));
            row(
                    rows,
                    "PracticeLibrary.download",
                    state,
                    readPractice(state),
                    s -> b().library.download(s.attachmentId()));
            row(rows, "PracticeEditing.update/3", state, changePractice(state), s -> update(s, null));
            row(
                    rows,
                    "PracticeEditing.update/4",
                    state,
                    changePractice(state),
                    s -> update(s, "matrix: a moderator's edit"));
            row(
                    rows,
                    "PracticeEditing.attach",
                    state,
                    changePractice(state),
                    s -> b().practices.attach(s.practiceId(), text("more notes"), "more.txt"));
            row(rows, "PracticeEditing.removeAttachment", state, changePractice(state), s -> {
                b().practices.removeAttachment(s.attachmentId());
                return null;
            });
            // hiding what is hidden, deleting what is deleted: the moderator is told so (a state rule, not a right);
            // hidden and deleted are independent marks, so the secretariat may still hide a deleted practice
            var hide = state == State.HIDDEN
                    ? moderatePractice(state).set(REFUSED, Who.LEAD, Who.SECRETARIAT)
                    : moderatePractice(state);
            var delete = state == State.DELETED
                    ? moderatePractice(state).set(REFUSED, Who.SECRETARIAT)
                    : moderatePractice(state);
            row(rows, "PracticeModeration.apply", state, hide, s -> moderate(s, ModerationAction.HIDE, "matrix"));
            row(rows, "PracticeModeration.apply", state, delete, s -> moderate(s, ModerationAction.DELETE, "matrix"));
            row(
                    rows,
                    "PracticeModeration.available",
                    state,
                    moderationOfPractice(state),
                    s -> b().practiceModeration.available(CurrentUser.require(), s.practiceId()));
            // the same through the type-blind entry point that menus and the queue use
            row(
                    rows,
                    "ContentModeration.available",
                    state,
                    moderationOfPractice(state),
                    s -> b().contentModeration.available(PracticeModeration.TYPE, s.practiceId()));
            row(rows, "ContentModeration.apply", state, hide, s -> {
                b().contentModeration.apply(PracticeModeration.TYPE, s.practiceId(), ModerationAction.HIDE, "matrix");
                return null;
            });
            // the practice is in no group when shared with the whole network: no group's page lists it
            row(
                    rows,
                    "PracticeLibrary.practicesOfGroup",
                    state,
                    state == State.NETWORK ? x(EMPTY) : listPractice(state),
                    s -> b().library.practicesOfGroup(s.groupId(), PageRequest.of(0, 5000)).stream()
                            .anyMatch(p -> p.id() == s.practiceId()));
            row(
                    rows,
                    "PracticeLibrary.newest",
                    state,
                    listPractice(state),
                    s -> b().library.newest(PageRequest.of(0, 5000)).stream().anyMatch(p -> p.id() == s.practiceId()));
            // drafts too, for the author's organisation (DD023)
            row(
                    rows,
                    "PracticeLibrary.practicesOfOrganisation",
                    state,
                    unpublished(state) ? x(EMPTY).set(OK, Who.AUTHOR, Who.COLLEAGUE) : listPractice(state),
                    s -> b().library.practicesOfOrganisation(world.organisationA(), PageRequest.of(0, 5000)).stream()
                            .anyMatch(p -> p.id() == s.practiceId()));
        }
        // The bytes of an attachment: open trusts the AttachmentDownload that download handed out; it is never
        // built from user input. Method security still keeps visitors out.
        row(rows, "PracticeLibrary.open", State.PUBLISHED, anyoneLoggedIn(), s -> {
            var download =
                    RunAs.as(world.people().get(Who.AUTHOR), () -> b().library.download(s.attachmentId()));
            try (var in = b().library.open(download)) {
                return in.readAllBytes();
            }
        });
        row(rows, "PracticeEditing.publish", State.DRAFT, editPractice(State.DRAFT), s -> {
            b().practices.publish(s.practiceId());
            return null;
        });
        for (var state : List.of(State.PUBLISHED, State.NETWORK, State.SUBMITTED)) {
            row(rows, "PracticeEditing.unpublish", state, editPractice(state), s -> {
                b().practices.unpublish(s.practiceId());
                return null;
            });
        }
        row(
                rows,
                "PracticeModeration.apply",
                State.HIDDEN,
                moderatePractice(State.HIDDEN),
                s -> moderate(s, ModerationAction.RESTORE, null));
        // only the secretariat, before anything else is looked at
        row(
                rows,
                "PracticeModeration.apply",
                State.DELETED,
                secretariatOnly(),
                s -> moderate(s, ModerationAction.UNDELETE, null));

        // Review before publication (DD031)
        for (var state : List.of(State.SUBMITTED, State.PUBLISHED)) {
            row(rows, "PracticeReview.approve", state, reviewPractice(state), s -> {
                b().review.approve(s.practiceId());
                return null;
            });
            row(rows, "PracticeReview.requestChanges", state, reviewPractice(state), s -> {
                b().review.requestChanges(s.practiceId(), "matrix: say less");
                return null;
            });
            row(
                    rows,
                    "PracticeReview.state",
                    state,
                    readPractice(state),
                    s -> b().review.state(s.practiceId()));
        }
        // the queue: its reviewers, never its author (a lead of another group reviews nothing of it)
        row(
                rows,
                "PracticeReview.queue",
                State.SUBMITTED,
                x(EMPTY).set(OK, Who.LEAD, Who.SECRETARIAT),
                s -> b().review.queue().stream().anyMatch(p -> p.id() == s.practiceId()));
        row(
                rows,
                "PracticeReview.mySubmissions",
                State.SUBMITTED,
                x(EMPTY).set(OK, Who.AUTHOR),
                s -> b().review.mySubmissions().stream().anyMatch(p -> p.id() == s.practiceId()));
        // the group's setting: its leads and the secretariat
        row(
                rows,
                "GroupAdministration.setReviewsPublications",
                State.NONE,
                x(DENIED).set(OK, Who.LEAD, Who.SECRETARIAT),
                s -> {
                    b().groupAdministration.setReviewsPublications(s.groupId(), true);
                    return null;
                });

        // Projects: everyone who may log in reads them; the secretariat runs them (ProjectPolicy)
        row(
                rows,
                "ProjectDirectory.list",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().projectDirectory.list(eu.praxis.project.ProjectFilter.any()));
        row(
                rows,
                "ProjectDirectory.acronyms",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().projectDirectory.acronyms(List.of(world.projectId())));
        row(
                rows,
                "ProjectDirectory.leadOrganisation",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().projectDirectory.leadOrganisation(world.projectId()));
        row(
                rows,
                "ProjectDirectory.programmes",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().projectDirectory.programmes());
        row(
                rows,
                "ProjectDirectory.projectsOfOrganisation",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().projectDirectory.projectsOfOrganisation(world.organisationA()));
        row(
                rows,
                "ProjectDirectory.get",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().projectDirectory.get(world.projectId()));
        row(
                rows,
                "ProjectDirectory.mayAdminister",
                State.NONE,
                x(EMPTY).set(OK, Who.SECRETARIAT),
                s -> b().projectDirectory.mayAdminister());
        row(
                rows,
                "ProjectAdministration.create",
                State.NONE,
                secretariatOnly(),
                s -> b().projectAdministration
                        .create(new eu.praxis.project.ProjectDraft(
                                unique("MY"),
                                "Another matrix project",
                                "Matrix programme",
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2026, 1, 1),
                                eu.praxis.project.ProjectStatus.IN_PREPARATION,
                                "Another project of the matrix.",
                                "",
                                null,
                                List.of(new eu.praxis.project.ProjectPartner(
                                        world.organisationA(), eu.praxis.project.PartnerRole.LEAD)),
                                Set.of(),
                                Set.of())));
        row(rows, "ProjectAdministration.update", State.NONE, secretariatOnly(), s -> {
            var current = RunAs.as(
                    world.people().get(Who.SECRETARIAT),
                    () -> b().projectDirectory.get(world.projectId()));
            b().projectAdministration.update(world.projectId(), current.draft(), current.version());
            return null;
        });
        row(rows, "ProjectAdministration.placeEvent", State.NETWORK, secretariatOnly(), s -> {
            b().projectAdministration.placeEvent(world.projectId(), s.eventId(), true);
            return null;
        });
        row(rows, "ProjectAdministration.addOutput", State.PUBLISHED, secretariatOnly(), s -> {
            b().projectAdministration.addOutput(world.projectId(), s.practiceId());
            return null;
        });
        row(rows, "ProjectAdministration.removeOutput", State.PUBLISHED, secretariatOnly(), s -> {
            b().projectAdministration.removeOutput(world.projectId(), s.practiceId());
            return null;
        });
        row(rows, "EventScheduling.placeInProject", State.NETWORK, secretariatOnly(), s -> {
            b().eventScheduling.placeInProject(s.eventId(), world.projectId());
            return null;
        });

        // Calls: a call to the whole network is read by everyone who may log in; the secretariat runs calls and
        // decides on the answers; members answer for their organisation (the author's and the colleague's, A, has
        // answered, with a letter); an answer is seen by its organisation and the secretariat only (CallPolicy)
        var orgA = EnumSet.of(Who.AUTHOR, Who.COLLEAGUE);
        var orgBMembers = EnumSet.of(Who.MEMBER, Who.OTHER_MEMBER, Who.LEAD, Who.OTHER_LEAD);
        row(
                rows,
                "CallBoard.list",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().callBoard.list(eu.praxis.call.CallFilter.any()).stream()
                        .filter(c -> c.id() == world.callId())
                        .toList());
        row(
                rows,
                "CallBoard.get",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().callBoard.get(world.callId()));
        row(
                rows,
                "CallBoard.callsOfProject",
                State.NONE,
                // the world's call belongs to no project: everyone gets an empty list (CallViewsTest lists one)
                x(EMPTY),
                s -> b().callBoard.callsOfProject(world.projectId()));
        row(
                rows,
                "CallBoard.mayAdminister",
                State.NONE,
                x(EMPTY).set(OK, Who.SECRETARIAT),
                s -> b().callBoard.mayAdminister());
        row(
                rows,
                "CallAdministration.create",
                State.NONE,
                secretariatOnly(),
                s -> b().callAdministration.create(callDraft("Another matrix call")));
        row(rows, "CallAdministration.update", State.NONE, secretariatOnly(), s -> {
            var current = RunAs.as(
                    world.people().get(Who.SECRETARIAT), () -> b().callBoard.get(world.callId()));
            b().callAdministration.update(world.callId(), current.draft(), current.version());
            return null;
        });
        row(rows, "CallAdministration.close", State.NONE, secretariatOnly(), s -> {
            b().callAdministration.close(world.callId());
            return null;
        });
        row(
                rows,
                "CallAnswering.answer",
                State.NONE,
                x(REFUSED).set(OK, orgBMembers),
                s -> b().callAnswering.answer(world.callId(), "A matrix answer."));
        row(rows, "CallAnswering.saveDraft", State.NONE, x(REFUSED).set(OK, orgBMembers), s -> {
            b().callAnswering.saveDraft(world.callId(), "A matrix draft.");
            return null;
        });
        row(
                rows,
                "CallAnswering.attachLetter",
                State.NONE,
                x(REFUSED).set(OK, orgA),
                s -> b().callAnswering
                        .attachLetter(
                                world.callId(),
                                new ByteArrayInputStream(eu.praxis.call.CallFixtures.PDF),
                                "letter.pdf"));
        row(rows, "CallAnswering.withdraw", State.NONE, x(REFUSED).set(OK, orgA), s -> {
            b().callAnswering.withdraw(world.callId());
            return null;
        });
        row(
                rows,
                "CallAnswering.letter",
                State.NONE,
                x(NOT_FOUND).set(OK, orgA).set(OK, Who.SECRETARIAT),
                s -> b().callAnswering.letter(world.answerId()));
        row(
                rows,
                "CallAnswering.openLetter",
                State.NONE,
                x(NOT_FOUND).set(OK, orgA).set(OK, Who.SECRETARIAT),
                s -> {
                    try (var in = b().callAnswering.openLetter(world.answerId())) {
                        return in.readAllBytes();
                    }
                });
        row(
                rows,
                "CallReview.answers",
                State.NONE,
                secretariatOnly(),
                s -> b().callReview.answers(world.callId()));
        row(rows, "CallReview.decide", State.NONE, secretariatOnly(), s -> {
            b().callReview.decide(world.answerId(), eu.praxis.call.AnswerStatus.SHORTLISTED);
            return null;
        });
        row(rows, "CallReview.exportAnswers", State.NONE, secretariatOnly(), s -> {
            var out = new java.io.ByteArrayOutputStream();
            b().callReview.exportAnswers(world.callId(), out);
            return out.toString(StandardCharsets.UTF_8);
        });

        // Publications (DD030): one for the working group of the published subject, read by its active members and
        // the secretariat only (never researchers); a public one, read by anyone, visitors included; the secretariat
        // publishes, edits and deletes
        var readsGroupPublication = EnumSet.of(Who.AUTHOR, Who.MEMBER, Who.LEAD, Who.SECRETARIAT);
        row(
                rows,
                "PublicationLibrary.list",
                State.PUBLISHED,
                x(EMPTY).set(OK, readsGroupPublication),
                s -> b().publicationLibrary.list(eu.praxis.publication.PublicationFilter.any()).stream()
                        .filter(p -> p.id() == world.groupPublicationId())
                        .toList());
        row(
                rows,
                "PublicationLibrary.get",
                State.PUBLISHED,
                x(NOT_FOUND).set(OK, readsGroupPublication),
                s -> b().publicationLibrary.get(world.groupPublicationId()));
        row(
                rows,
                "PublicationLibrary.download",
                State.PUBLISHED,
                x(NOT_FOUND).set(OK, readsGroupPublication),
                s -> b().publicationLibrary.download(world.groupPublicationFileId()));
        row(
                rows,
                "PublicationLibrary.mayAdminister",
                State.NONE,
                x(EMPTY).set(OK, Who.SECRETARIAT),
                s -> b().publicationLibrary.mayAdminister());
        row(
                rows,
                "PublicPublications.get",
                State.NONE,
                anyoneLoggedIn().set(OK, Who.VISITOR),
                s -> b().publicPublications.get(world.publicPublicationId()));
        row(
                rows,
                "PublicPublications.download",
                State.NONE,
                anyoneLoggedIn().set(OK, Who.VISITOR),
                s -> b().publicPublications.download(world.publicPublicationFileId()));
        row(rows, "PublicPublications.open", State.NONE, anyoneLoggedIn().set(OK, Who.VISITOR), s -> {
            var download = b().publicPublications.download(world.publicPublicationFileId());
            try (var in = b().publicPublications.open(download)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
        row(
                rows,
                "PublicationAdministration.create",
                State.NONE,
                secretariatOnly(),
                s -> b().publicationAdministration
                        .create(eu.praxis.publication.PublicationFixtures.draft(
                                unique("Another matrix publication"),
                                "en",
                                eu.praxis.publication.PublicationVisibility.NETWORK,
                                Set.of())));
        row(rows, "PublicationAdministration.update", State.NONE, secretariatOnly(), s -> {
            var current = RunAs.as(
                    world.people().get(Who.SECRETARIAT),
                    () -> b().publicationLibrary.get(world.publicPublicationId()));
            b().publicationAdministration.update(world.publicPublicationId(), current.draft(), current.version());
            return null;
        });
        row(rows, "PublicationAdministration.delete", State.NONE, secretariatOnly(), s -> {
            b().publicationAdministration.delete(world.publicPublicationId());
            return null;
        });
        row(
                rows,
                "PublicationAdministration.attachFile",
                State.NONE,
                secretariatOnly(),
                s -> b().publicationAdministration
                        .attachFile(world.publicPublicationId(), text("an annex"), "annex.txt"));
        row(rows, "PublicationAdministration.removeFile", State.NONE, secretariatOnly(), s -> {
            b().publicationAdministration.removeFile(world.publicPublicationFileId());
            return null;
        });

        // ThemeService: everyone reads the list; the secretariat curates it
        row(
                rows,
                "ThemeService.list",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().themes.list());
        row(
                rows,
                "ThemeService.items",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().themes.items(List.of(world.themeId())));
        row(
                rows,
                "ThemeService.all",
                State.NONE,
                secretariatOnly(),
                s -> b().themes.all());
        row(
                rows,
                "ThemeService.create",
                State.NONE,
                secretariatOnly(),
                s -> b().themes.create(unique("Matrix theme"), unique("Thème matrice")));
        row(rows, "ThemeService.rename", State.NONE, secretariatOnly(), s -> {
            b().themes.rename(world.themeId(), unique("Matrix theme"), unique("Thème matrice"));
            return null;
        });
        row(rows, "ThemeService.deactivate", State.NONE, secretariatOnly(), s -> {
            b().themes.deactivate(world.themeId());
            return null;
        });
        row(rows, "ThemeService.activate", State.NONE, secretariatOnly(), s -> {
            b().themes.activate(world.inactiveThemeId());
            return null;
        });

        // EventCalendar, EventScheduling, EventRegistrations (EventPolicy, DD012): a members-only event of the group,
        // organised by its lead ("published"),
        // and a webconference for the whole network, organised by the secretariat; the author has a place in both
        for (var state : List.of(State.PUBLISHED, State.NETWORK)) {
            var sees = seesEvent(state);
            var organisers =
                    state == State.NETWORK ? EnumSet.of(Who.SECRETARIAT) : EnumSet.of(Who.LEAD, Who.SECRETARIAT);
            var read = x(NOT_FOUND).set(OK, sees);
            var organise = x(NOT_FOUND).set(REFUSED, sees).set(OK, organisers);
            row(rows, "EventCalendar.get", state, read, s -> b().events.get(s.eventId()));
            row(rows, "EventCalendar.ics", state, read, s -> b().events.ics(s.eventId()));
            row(
                    rows,
                    "EventRegistrations.registrations",
                    state,
                    organise,
                    s -> b().eventRegistrations.registrations(s.eventId()));
            row(rows, "EventRegistrations.exportRegistrations", state, organise, s -> {
                var out = new java.io.ByteArrayOutputStream();
                b().eventRegistrations.exportRegistrations(s.eventId(), out);
                return out.toString(StandardCharsets.UTF_8);
            });
            row(rows, "EventScheduling.update", state, organise, s -> {
                b().eventScheduling
                        .update(
                                s.eventId(),
                                eu.praxis.event.EventFixtures.webconference(
                                        state == State.NETWORK ? null : s.groupId(), state != State.NETWORK, null),
                                null);
                return null;
            });
            row(rows, "EventScheduling.cancel", state, organise, s -> {
                b().eventScheduling.cancel(s.eventId());
                return null;
            });
            // researchers may register for webconferences (both are); the author already has a place
            row(
                    rows,
                    "EventRegistrations.register",
                    state,
                    x(NOT_FOUND).set(OK, sees).set(REFUSED, Who.AUTHOR),
                    s -> b().eventRegistrations.register(s.eventId()));
            row(
                    rows,
                    "EventRegistrations.cancelRegistration",
                    state,
                    x(NOT_FOUND).set(REFUSED, sees).set(OK, Who.AUTHOR),
                    s -> {
                        b().eventRegistrations.cancelRegistration(s.eventId());
                        return null;
                    });
            row(
                    rows,
                    "EventCalendar.upcoming",
                    state,
                    x(EMPTY).set(OK, sees),
                    s -> b().events.upcoming(eu.praxis.event.EventFilter.any(), PageRequest.of(0, 5000)).stream()
                            .anyMatch(e -> e.id() == s.eventId()));
            row(
                    rows,
                    "EventCalendar.between",
                    state,
                    x(EMPTY).set(OK, sees),
                    s -> b()
                            .events
                            .between(
                                    eu.praxis.event.EventFilter.any(),
                                    java.time.Instant.now().minus(java.time.Duration.ofDays(400)),
                                    java.time.Instant.now().plus(java.time.Duration.ofDays(400)))
                            .stream()
                            .anyMatch(e -> e.id() == s.eventId()));
            // attendance is recorded from the start on: the event is next week, so its organisers are refused too
            row(rows, "EventAttendance.record", state, x(NOT_FOUND).set(REFUSED, sees), s -> {
                b().eventAttendance
                        .record(s.eventId(), world.people().get(Who.AUTHOR).personId(), true);
                return null;
            });
            row(rows, "EventAttendance.exportEventParticipation", state, secretariatOnly(), s -> {
                var out = new java.io.ByteArrayOutputStream();
                b().eventAttendance.exportEventParticipation(s.eventId(), out);
                return out.toString(StandardCharsets.UTF_8);
            });
            // not over yet: in nobody's past
            row(
                    rows,
                    "EventCalendar.past",
                    state,
                    x(EMPTY),
                    s -> b().events.past(eu.praxis.event.EventFilter.any(), PageRequest.of(0, 5000)).stream()
                            .anyMatch(e -> e.id() == s.eventId()));
        }
        row(
                rows,
                "EventScheduling.create",
                State.NONE,
                x(REFUSED).set(OK, Who.LEAD, Who.SECRETARIAT),
                s -> b().eventScheduling.create(eu.praxis.event.EventFixtures.webconference(s.groupId(), true, null)));
        row(
                rows,
                "EventScheduling.mayScheduleAny",
                State.NONE,
                x(EMPTY).set(OK, Who.LEAD, Who.OTHER_LEAD, Who.SECRETARIAT),
                s -> b().eventScheduling.mayScheduleAny());
        row(
                rows,
                "EventScheduling.mayScheduleInNetwork",
                State.NONE,
                x(EMPTY).set(OK, Who.SECRETARIAT),
                s -> b().eventScheduling.mayScheduleInNetwork());
        row(rows, "EventAttendance.exportParticipation", State.NONE, secretariatOnly(), s -> {
            var out = new java.io.ByteArrayOutputStream();
            var now = java.time.Instant.now();
            b().eventAttendance.exportParticipation(now.minus(java.time.Duration.ofDays(30)), now, out);
            return out.toString(StandardCharsets.UTF_8);
        });
        row(
                rows,
                "EventAttendance.mayExportParticipation",
                State.NONE,
                x(EMPTY).set(OK, Who.SECRETARIAT),
                s -> b().eventAttendance.mayExportParticipation());
        // a register link names one person and one event (its signature is tested in EventNotificationTest): a
        // token that is not one names nothing, for anyone logged in
        row(
                rows,
                "RegisterLinks.eventOf",
                State.NONE,
                x(EMPTY),
                s -> b().registerLinks.eventOf("not-a-register-token"));
        row(
                rows,
                "EventScheduling.groupsICanScheduleIn",
                State.NONE,
                x(EMPTY).set(OK, Who.LEAD, Who.OTHER_LEAD, Who.SECRETARIAT),
                s -> b().eventScheduling.groupsICanScheduleIn());

        // OrganisationService: the directory for everyone logged in; whether one is active also for the login
        // (permitAll); registering and suspending for the secretariat
        row(
                rows,
                "OrganisationService.find",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().organisations.find(eu.praxis.organisation.OrganisationFilter.any(), PageRequest.of(0, 5)));
        row(
                rows,
                "OrganisationService.get",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().organisations.get(world.organisationA()));
        row(
                rows,
                "OrganisationService.summaries",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().organisations.summaries(List.of(world.organisationA())));
        row(
                rows,
                "OrganisationService.countries",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().organisations.countries());
        row(
                rows,
                "OrganisationService.isActive",
                State.NONE,
                anyoneLoggedIn().set(OK, Who.VISITOR),
                s -> b().organisations.isActive(world.organisationA()));
        row(
                rows,
                "OrganisationService.activeAmong",
                State.NONE,
                anyoneLoggedIn().set(OK, Who.VISITOR),
                s -> b().organisations.activeAmong(List.of(world.organisationA())));
        row(
                rows,
                "OrganisationService.register",
                State.NONE,
                secretariatOnly(),
                s -> b().organisations
                        .register(
                                unique("Matrix city"), OrganisationKind.CITY, "FR", "Lyon", LocalDate.of(2021, 1, 1)));
        row(rows, "OrganisationService.suspend", State.NONE, secretariatOnly(), s -> {
            b().organisations.suspend(world.bystanderOrganisation());
            return null;
        });

        // AuditService: the audit log names people and every reason: the secretariat's only (DD017)
        row(
                rows,
                "AuditService.find",
                State.NONE,
                secretariatOnly(),
                s -> b().audit.find(eu.praxis.moderation.AuditFilter.ALL, PageRequest.of(0, 5)));
        row(
                rows,
                "AuditService.actions",
                State.NONE,
                secretariatOnly(),
                s -> b().audit.actions());
        row(rows, "AuditService.export", State.NONE, secretariatOnly(), s -> {
            var out = new java.io.StringWriter();
            b().audit.export(eu.praxis.moderation.AuditFilter.ALL, out);
            return out.toString();
        });

        // ApiTokenService: everyone with an account has their own tokens; the secretariat lists and revokes any;
        // someone else's token is "not found" (ApiTokenPolicy)
        row(
                rows,
                "ApiTokenService.create",
                State.NONE,
                anyoneLoggedIn(),
                s -> b().tokens.create("matrix", null));
        row(
                rows,
                "ApiTokenService.mine",
                State.NONE,
                anyoneLoggedIn(),
                s -> "answered: " + b().tokens.mine().size());
        row(
                rows,
                "ApiTokenService.of",
                State.NONE,
                secretariatOnly(),
                s -> b().tokens.of(world.people().get(Who.AUTHOR).personId()));
        row(rows, "ApiTokenService.revoke", State.NONE, x(NOT_FOUND).set(OK, Who.AUTHOR, Who.SECRETARIAT), s -> {
            b().tokens.revoke(world.authorsTokenId());
            return null;
        });

        // InvitationService: inviting is the secretariat's; the link's token is the credential (permitAll), so an
        // unknown token is answered the same to everyone, the visitor included
        row(
                rows,
                "InvitationService.invite",
                State.NONE,
                secretariatOnly(),
                s -> b().invitations
                        .invite(new NewPerson(
                                world.organisationA(),
                                unique("matrix-invitee").replace(' ', '-') + "@test.example",
                                "Matrix invitee",
                                null,
                                Role.MEMBER,
                                Locale.ENGLISH)));
        row(
                rows,
                "InvitationService.find",
                State.NONE,
                x(EMPTY).set(EMPTY, Who.VISITOR),
                s -> b().invitations.find("no-such-invitation-token"));
        newsRows(rows);
        newsletterRows(rows);
        return rows;
    }

    /**
     * News (NewsPolicy): a group's news is read by those who read the group's content and written by its leads and the
     * secretariat; the network's news is read by everyone who may log in and written by the secretariat.
     */
    private static void newsRows(List<Row> rows) {
        var readers = seesEvent(State.PUBLISHED);
        var writers = EnumSet.of(Who.LEAD, Who.SECRETARIAT);
        var readersNotWriters = EnumSet.copyOf(readers);
        readersNotWriters.removeAll(writers);
        row(rows, "NewsRoom.newest", State.PUBLISHED, x(EMPTY).set(OK, readers), s -> {
            var id = groupNews(s);
            return b().newsRoom.newest(s.groupId(), 200).stream()
                    .filter(n -> n.id() == id)
                    .toList();
        });
        row(
                rows,
                "NewsRoom.get",
                State.PUBLISHED,
                x(NOT_FOUND).set(OK, readers),
                s -> b().newsRoom.get(groupNews(s)));
        row(rows, "NewsRoom.get", State.NETWORK, anyoneLoggedIn(), s -> {
            var id = RunAs.as(
                    world.people().get(Who.SECRETARIAT), () -> b().newsDesk.write(newsDraft(null)));
            return b().newsRoom.get(id);
        });
        row(rows, "NewsRoom.image", State.PUBLISHED, x(NOT_FOUND).set(OK, readers), s -> {
            var id = groupNews(s);
            RunAs.as(
                    world.people().get(Who.LEAD),
                    () -> b().newsDesk
                            .attachImage(
                                    id, new ByteArrayInputStream(eu.praxis.base.files.TestFiles.png()), "picture.png"));
            return b().newsRoom.image(id);
        });
        row(rows, "NewsRoom.openImage", State.PUBLISHED, anyoneLoggedIn(), s -> {
            var id = groupNews(s);
            var image = RunAs.as(world.people().get(Who.LEAD), () -> {
                b().newsDesk
                        .attachImage(id, new ByteArrayInputStream(eu.praxis.base.files.TestFiles.png()), "picture.png");
                return b().newsRoom.image(id);
            });
            try (var in = b().newsRoom.openImage(image)) {
                return in.readAllBytes().length > 0;
            }
        });
        row(
                rows,
                "NewsRoom.mayWriteNetworkNews",
                State.NONE,
                x(EMPTY).set(OK, Who.SECRETARIAT),
                s -> b().newsRoom.mayWriteNetworkNews());
        row(
                rows,
                "NewsRoom.mayWriteGroupNews",
                State.PUBLISHED,
                x(EMPTY).set(OK, writers),
                s -> b().newsRoom.mayWriteGroupNews(s.groupId()));
        row(
                rows,
                "NewsRoom.groupsIWriteFor",
                State.PUBLISHED,
                x(EMPTY).set(OK, writers),
                s -> b().newsRoom.groupsIWriteFor().stream()
                        .filter(id -> id == s.groupId())
                        .toList());
        row(
                rows,
                "NewsDesk.write",
                State.PUBLISHED,
                x(DENIED).set(OK, writers),
                s -> b().newsDesk.write(newsDraft(s.groupId())));
        row(
                rows,
                "NewsDesk.write",
                State.NETWORK,
                secretariatOnly(),
                s -> b().newsDesk.write(newsDraft(null)));
        var changeNews = x(NOT_FOUND).set(DENIED, readersNotWriters).set(OK, writers);
        row(rows, "NewsDesk.update", State.PUBLISHED, changeNews, s -> {
            var id = groupNews(s);
            var version = RunAs.as(
                            world.people().get(Who.LEAD), () -> b().newsRoom.get(id))
                    .version();
            b().newsDesk.update(id, newsDraft(s.groupId()), version);
            return null;
        });
        row(rows, "NewsDesk.delete", State.PUBLISHED, changeNews, s -> {
            b().newsDesk.delete(groupNews(s));
            return null;
        });
        row(
                rows,
                "NewsDesk.attachImage",
                State.PUBLISHED,
                changeNews,
                s -> b().newsDesk
                        .attachImage(
                                groupNews(s),
                                new ByteArrayInputStream(eu.praxis.base.files.TestFiles.png()),
                                "picture.png"));
        row(rows, "NewsDesk.removeImage", State.PUBLISHED, changeNews, s -> {
            b().newsDesk.removeImage(groupNews(s));
            return null;
        });
    }

    /**
     * The newsletter: the secretariat prepares, edits and sends issues; everyone who may log in reads the sent ones,
     * and the network-wide lists they are made of (the content every member reads, whoever asks).
     */
    private static void newsletterRows(List<Row> rows) {
        row(rows, "NewsletterOffice.issues", State.NONE, secretariatOnly(), s -> {
            issue();
            return b().newsletterOffice.issues();
        });
        row(
                rows,
                "NewsletterOffice.prepare",
                State.NONE,
                secretariatOnly(),
                s -> b().newsletterOffice.prepare());
        row(
                rows,
                "NewsletterOffice.get",
                State.NETWORK,
                secretariatOnly(),
                s -> b().newsletterOffice.get(issue()));
        row(rows, "NewsletterOffice.edit", State.NETWORK, secretariatOnly(), s -> {
            var id = issue();
            b().newsletterOffice.edit(id, "Matrix issue", "Hello.", 0);
            return null;
        });
        row(rows, "NewsletterOffice.removeItem", State.NETWORK, secretariatOnly(), s -> {
            b().newsletterOffice.removeItem(issue(), 0);
            return null;
        });
        row(
                rows,
                "NewsletterOffice.preview",
                State.NETWORK,
                secretariatOnly(),
                s -> b().newsletterOffice.preview(issue(), Locale.FRENCH));
        row(
                rows,
                "NewsletterOffice.sendTest",
                State.NETWORK,
                secretariatOnly(),
                s -> b().newsletterOffice.sendTest(issue()));
        row(
                rows,
                "NewsletterOffice.send",
                State.NETWORK,
                secretariatOnly(),
                s -> b().newsletterOffice.send(issue()));
        row(rows, "NewsletterOffice.delete", State.NETWORK, secretariatOnly(), s -> {
            b().newsletterOffice.delete(issue());
            return null;
        });
        row(rows, "NewsletterArchive.sent", State.NONE, anyoneLoggedIn(), s -> {
            b().newsletterArchive.sent();
            return true;
        });
        row(
                rows,
                "NewsletterArchive.read",
                State.NONE,
                x(NOT_FOUND),
                s -> b().newsletterArchive.read(issue()));
        row(rows, "NewsRoom.networkNewsSince", State.NETWORK, anyoneLoggedIn(), s -> {
            b().newsRoom.networkNewsSince(java.time.Instant.EPOCH, 10);
            return true;
        });
        row(rows, "EventCalendar.networkAgenda", State.NETWORK, anyoneLoggedIn(), s -> {
            b().events.networkAgenda(java.time.Instant.now().plus(java.time.Duration.ofDays(30)), 10);
            return true;
        });
        row(rows, "PracticeLibrary.sharedWithNetworkSince", State.NETWORK, anyoneLoggedIn(), s -> {
            b().library.sharedWithNetworkSince(java.time.Instant.EPOCH, 10);
            return true;
        });
        row(rows, "PublicationLibrary.forWholeNetworkSince", State.NETWORK, anyoneLoggedIn(), s -> {
            b().publicationLibrary.forWholeNetworkSince(java.time.Instant.EPOCH);
            return true;
        });
        row(rows, "CallBoard.openToNetwork", State.NONE, anyoneLoggedIn(), s -> {
            b().callBoard.openToNetwork();
            return true;
        });
    }

    /** A draft issue of the newsletter, prepared by the secretariat. */
    private static long issue() {
        return RunAs.as(
                world.people().get(Who.SECRETARIAT), () -> b().newsletterOffice.prepare());
    }

    /** A news item of the subject's group, written by its lead. */
    private static long groupNews(Subject s) {
        return RunAs.as(world.people().get(Who.LEAD), () -> b().newsDesk.write(newsDraft(s.groupId())));
    }

    private static eu.praxis.news.NewsDraft newsDraft(@Nullable Long groupId) {
        return new eu.praxis.news.NewsDraft(
                "Matrix news", "Something happened.", "en", groupId, null, Set.of(), null, null);
    }

    private static void row(List<Row> rows, String method, State state, Expect expect, Call call) {
        for (var entry : expect.outcomes.entrySet()) {
            rows.add(new Row(method, state, entry.getKey(), entry.getValue(), call));
        }
    }

    /** A moderator's action on the subject's practice, as the logged-in person. */
    private static Object moderate(Subject s, ModerationAction action, @Nullable String reason) {
        b().practiceModeration.apply(CurrentUser.require(), s.practiceId(), action, reason);
        return null;
    }

    private static Object update(Subject s, String reason) {
        var draft = sheet(
                "Matrix practice " + s.state().label,
                Set.of(),
                s.state() == State.NETWORK ? Set.of() : Set.of(s.groupId()),
                s.state() == State.NETWORK);
        b().practices.update(s.practiceId(), draft, null, reason);
        return null;
    }

    // --- running them ---------------------------------------------------------------------------------------

    private static ServiceMatrixTest beans;

    private static ServiceMatrixTest b() {
        return beans;
    }

    @TestFactory
    Stream<DynamicTest> every_action_as_every_role_in_every_state() {
        beans = this;
        if (world == null) {
            world = build();
        }
        var rollback = new TransactionTemplate(transactions);
        return rows().stream()
                .map(row -> DynamicTest.dynamicTest(row.name(), () -> {
                    var subject = world.subjects().get(row.state());
                    Object[] result = {null};
                    Throwable[] thrown = {null};
                    var previous = SecurityContextHolder.getContext();
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(
                            row.who() == Who.VISITOR
                                    ? new AnonymousAuthenticationToken(
                                            "matrix",
                                            "anonymousUser",
                                            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                                    : authenticated(world.people().get(row.who())));
                    SecurityContextHolder.setContext(context);
                    try {
                        rollback.executeWithoutResult(status -> {
                            status.setRollbackOnly();
                            try {
                                result[0] = row.call().run(subject);
                            } catch (Throwable e) {
                                thrown[0] = e;
                            }
                        });
                    } finally {
                        SecurityContextHolder.setContext(previous);
                    }
                    assertOutcome(row.expected(), result[0], thrown[0]);
                }));
    }

    private static org.springframework.security.core.Authentication authenticated(PraxisUser user) {
        return org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities());
    }

    private static void assertOutcome(Outcome expected, Object result, Throwable thrown) {
        if (expected.refusal() != null) {
            assertThat(thrown).as("refusal").isNotNull();
            if (expected.refusal() == AccessDeniedException.class) {
                // method security throws its subclass AuthorizationDeniedException
                assertThat(thrown).isInstanceOf(AccessDeniedException.class);
            } else {
                assertThat(thrown).as(String.valueOf(thrown)).isExactlyInstanceOf(expected.refusal());
            }
            return;
        }
        if (thrown != null) {
            throw new AssertionError("expected " + expected + " but the call threw " + thrown, thrown);
        }
        var answered = !(result instanceof Boolean b && !b)
                && !(result instanceof Optional<?> o && o.isEmpty())
                && !(result instanceof Collection<?> c && c.isEmpty())
                && !(result instanceof Map<?, ?> m && m.isEmpty())
                && !(result instanceof Slice<?> slice && !slice.hasContent());
        assertThat(answered ? OK : EMPTY).as("answer " + result).isEqualTo(expected);
    }

    // --- the world ------------------------------------------------------------------------------------------

    private World build() {
        return asSecretariat(() -> {
            var orgA = organisations.register(
                    unique("Matrix city A"), OrganisationKind.CITY, "BE", "Liège", LocalDate.of(2020, 1, 1));
            var orgB = organisations.register(
                    unique("Matrix city B"), OrganisationKind.CITY, "NL", "Utrecht", LocalDate.of(2020, 1, 1));
            var bystander = organisations.register(
                    unique("Matrix city C"), OrganisationKind.CITY, "DE", "Essen", LocalDate.of(2020, 1, 1));
            var people = new EnumMap<Who, PraxisUser>(Who.class);
            people.put(Who.AUTHOR, person(orgA, Role.MEMBER));
            people.put(Who.COLLEAGUE, person(orgA, Role.MEMBER));
            people.put(Who.MEMBER, person(orgB, Role.MEMBER));
            people.put(Who.OTHER_MEMBER, person(orgB, Role.MEMBER));
            people.put(Who.LEAD, person(orgB, Role.MEMBER));
            people.put(Who.OTHER_LEAD, person(orgB, Role.MEMBER));
            people.put(Who.RESEARCHER, person(orgB, Role.RESEARCHER));
            people.put(Who.SECRETARIAT, person(orgB, Role.ADMIN));
            // established accounts, so that the posting limits for new accounts do not get in the way
            for (var user : people.values()) {
                jdbc.update(
                        "update person set activated_at = activated_at - interval '30 days' where id = ?",
                        user.personId());
            }
            var other = group(false);
            groupMembership.addMember(other, people.get(Who.OTHER_MEMBER).personId());
            groupAdministration.appointLead(other, people.get(Who.OTHER_LEAD).personId());
            var themeId = themes.create(unique("Matrix theme"), unique("Thème matrice"));
            var inactiveThemeId = themes.create(unique("Matrix old theme"), unique("Ancien thème matrice"));
            themes.deactivate(inactiveThemeId);
            var subjects = new EnumMap<State, Subject>(State.class);
            for (var state : State.values()) {
                subjects.put(state, subject(state, people));
            }
            var tokenId = RunAs.as(people.get(Who.AUTHOR), () -> tokens.create("matrix", null))
                    .token()
                    .id();
            var projectId = projectAdministration.create(new eu.praxis.project.ProjectDraft(
                    unique("MX"),
                    "Matrix project",
                    "Matrix programme",
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    eu.praxis.project.ProjectStatus.RUNNING,
                    "A project of the matrix.",
                    "",
                    null,
                    List.of(new eu.praxis.project.ProjectPartner(orgA, eu.praxis.project.PartnerRole.LEAD)),
                    Set.of(),
                    Set.of()));
            var callId = callAdministration.create(callDraft("Matrix call"));
            var author = people.get(Who.AUTHOR);
            var answerId = RunAs.as(author, () -> callAnswering.answer(callId, "The matrix answers."));
            RunAs.as(
                    author,
                    () -> callAnswering.attachLetter(
                            callId, new ByteArrayInputStream(eu.praxis.call.CallFixtures.PDF), "letter.pdf"));
            var publishedGroup = subjects.get(State.PUBLISHED).groupId();
            var groupPublication = publicationAdministration.create(eu.praxis.publication.PublicationFixtures.draft(
                    unique("Matrix publication"),
                    "en",
                    eu.praxis.publication.PublicationVisibility.GROUPS,
                    Set.of(publishedGroup)));
            var publicPublication = publicationAdministration.create(eu.praxis.publication.PublicationFixtures.draft(
                    unique("Matrix manifesto"), "en", eu.praxis.publication.PublicationVisibility.PUBLIC, Set.of()));
            var secretary = people.get(Who.SECRETARIAT);
            var groupFile = RunAs.as(
                            secretary,
                            () -> publicationAdministration.attachFile(
                                    groupPublication, text("group report"), "report.txt"))
                    .id();
            var publicFile = RunAs.as(
                            secretary,
                            () -> publicationAdministration.attachFile(
                                    publicPublication, text("we the cities"), "manifesto.txt"))
                    .id();
            return new World(
                    people,
                    orgA,
                    bystander,
                    themeId,
                    inactiveThemeId,
                    tokenId,
                    projectId,
                    callId,
                    answerId,
                    groupPublication,
                    groupFile,
                    publicPublication,
                    publicFile,
                    subjects);
        });
    }

    private Subject subject(State state, Map<Who, PraxisUser> people) {
        var groupId = group(state == State.OPEN);
        groupMembership.addMember(groupId, people.get(Who.AUTHOR).personId());
        groupMembership.addMember(groupId, people.get(Who.MEMBER).personId());
        groupAdministration.appointLead(groupId, people.get(Who.LEAD).personId());
        if (state == State.SUBMITTED) {
            // published there, it waits for the lead's review
            groupAdministration.setReviewsPublications(groupId, true);
        }
        if (state == State.NONE) {
            return new Subject(state, groupId, -1, -1, -1, -1, -1);
        }
        var author = people.get(Who.AUTHOR);
        var network = state == State.NETWORK;
        var practiceId = RunAs.as(
                author,
                () -> practices.create(sheet(
                        "Matrix practice " + state.label, Set.of(), network ? Set.of() : Set.of(groupId), network)));
        var attachmentId = RunAs.as(author, () -> practices.attach(practiceId, text("notes"), "notes.txt"))
                .id();
        if (state != State.DRAFT) {
            RunAs.as(author, () -> {
                practices.publish(practiceId);
                return null;
            });
        }
        var history = RunAs.as(author, () -> library.history(practiceId));
        var revision = history.getFirst().revisionNumber();
        // its creation, as a draft
        var draftRevision = history.getLast().revisionNumber();
        switch (state) {
            case HIDDEN ->
                practiceModeration.apply(CurrentUser.require(), practiceId, ModerationAction.HIDE, "matrix: hidden");
            case DELETED ->
                practiceModeration.apply(CurrentUser.require(), practiceId, ModerationAction.DELETE, "matrix: deleted");
            case ARCHIVED -> groupAdministration.archive(groupId);
            default -> {}
        }
        long eventId = -1;
        if (state == State.PUBLISHED || state == State.NETWORK) {
            var organiser = people.get(network ? Who.SECRETARIAT : Who.LEAD);
            eventId = RunAs.as(
                    organiser,
                    () -> eventScheduling.create(
                            eu.praxis.event.EventFixtures.webconference(network ? null : groupId, !network, null)));
            var id = eventId;
            RunAs.as(author, () -> eventRegistrations.register(id));
        }
        return new Subject(state, groupId, practiceId, attachmentId, revision, draftRevision, eventId);
    }

    private long group(boolean openToResearchers) {
        var slug = groupAdministration.create(new NewGroup(
                unique("Matrix group"), "A group of the authorization matrix.", JoinPolicy.OPEN, openToResearchers));
        return groups.get(slug).id();
    }

    private PraxisUser person(long organisationId, Role role) {
        var email = "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var id = members.registerActive(
                new NewPerson(organisationId, email, "Matrix " + email, null, role, Locale.ENGLISH), "test-password-1");
        return new PraxisUser(id, organisationId, email, "Matrix " + email, role, Locale.ENGLISH, null, true, true);
    }

    private <T> T asSecretariat(java.util.function.Supplier<T> action) {
        Object[] result = {null};
        RunAs.secretariat(() -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        var typed = (T) result[0];
        return typed;
    }

    /** A call to the whole network, open for a month. */
    private static eu.praxis.call.CallDraft callDraft(String title) {
        return new eu.praxis.call.CallDraft(
                eu.praxis.call.CallKind.PARTNERS,
                unique(title),
                "A call of the matrix.",
                "",
                java.time.LocalDateTime.now().plusMonths(1),
                java.time.ZoneId.of("Europe/Brussels"),
                null,
                Set.of(),
                Set.of());
    }

    private static ByteArrayInputStream text(String content) {
        return new ByteArrayInputStream(("Matrix " + content + ".\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- coverage -------------------------------------------------------------------------------------------

    /** Every service action has rows (or is still listed as not yet covered), and every row names an action. */
    @Test
    void coverage() {
        var actions = ServiceMethods.actions();
        var withRows = new java.util.TreeSet<String>();
        rows().forEach(r -> withRows.add(r.method()));

        var unknown = new java.util.TreeSet<>(withRows);
        unknown.removeAll(actions);
        assertThat(unknown).as("rows naming no service action").isEmpty();

        var missing = new java.util.TreeSet<>(actions);
        missing.removeAll(withRows);
        missing.removeAll(NOT_YET_COVERED);
        assertThat(missing)
                .as("service actions without a row in the authorization matrix")
                .isEmpty();

        var stale = new java.util.TreeSet<>(NOT_YET_COVERED);
        stale.retainAll(withRows);
        var gone = new java.util.TreeSet<>(NOT_YET_COVERED);
        gone.removeAll(actions);
        stale.addAll(gone);
        assertThat(stale)
                .as("NOT_YET_COVERED names that have rows or no longer exist: remove them")
                .isEmpty();
    }
}
