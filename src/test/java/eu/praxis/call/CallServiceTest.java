package eu.praxis.call;

import static eu.praxis.call.CallFixtures.PDF;
import static eu.praxis.call.CallFixtures.as;
import static eu.praxis.call.CallFixtures.city;
import static eu.praxis.call.CallFixtures.draft;
import static eu.praxis.call.CallFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.project.PartnerRole;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDraft;
import eu.praxis.project.ProjectPartner;
import eu.praxis.project.ProjectStatus;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A call's life: answers for organisations until the deadline, withdrawals, letters, the secretariat's review. */
@IntegrationTest
@RecordApplicationEvents
class CallServiceTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Autowired
    CallBoard board;

    @Autowired
    CallAdministration administration;

    @Autowired
    CallAnswering answering;

    @Autowired
    CallReview review;

    @Autowired
    OrganisationService organisations;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    AnswerReminders reminders;

    @Autowired
    ProjectAdministration projects;

    @Autowired
    ApplicationEvents published;

    PraxisUser member;
    PraxisUser colleague;
    PraxisUser otherCity;
    PraxisUser researcher;
    PraxisUser secretary;

    @BeforeEach
    void people() {
        var liege = city(organisations, "City of Liège");
        var riga = city(organisations, "Riga City Council");
        member = person(people, liege, Role.MEMBER);
        colleague = person(people, liege, Role.MEMBER);
        researcher = person(people, liege, Role.RESEARCHER);
        otherCity = person(people, riga, Role.MEMBER);
        secretary = person(people, riga, Role.ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A call to the whole network whose deadline is in a week. */
    private long call() {
        return call(Set.of());
    }

    private long call(Set<Long> groupIds) {
        var deadline = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(7)), AUCKLAND);
        return as(
                secretary,
                () -> administration.create(
                        draft("Partners wanted " + UUID.randomUUID(), deadline, AUCKLAND, groupIds)));
    }

    @Test
    void a_member_answers_for_the_organisation_which_its_people_see_and_no_other_organisation_does() {
        var id = call();

        var answerId = as(member, () -> answering.answer(id, "  Liège has a night mediation team.  "));

        var seenByColleague = as(colleague, () -> board.get(id));
        assertThat(seenByColleague.myAnswer()).isNotNull();
        assertThat(seenByColleague.myAnswer().motivation()).isEqualTo("Liège has a night mediation team.");
        assertThat(seenByColleague.myAnswer().status()).isEqualTo(AnswerStatus.RECEIVED);
        assertThat(seenByColleague.mayAnswer()).as("answered already").isFalse();
        assertThat(seenByColleague.mayWithdraw()).isTrue();

        var seenByOtherCity = as(otherCity, () -> board.get(id));
        assertThat(seenByOtherCity.myAnswer())
                .as("another organisation's answer")
                .isNull();
        assertThat(seenByOtherCity.mayAnswer()).isTrue();
        assertThat(as(otherCity, () -> board.list(CallFilter.any())))
                .filteredOn(c -> c.id() == id)
                .singleElement()
                .satisfies(c -> assertThat(c.myAnswer()).isNull());
        assertThat(as(colleague, () -> board.list(CallFilter.any())))
                .filteredOn(c -> c.id() == id)
                .singleElement()
                .satisfies(c -> assertThat(c.myAnswer()).isEqualTo(AnswerStatus.RECEIVED));
        assertThatThrownBy(() -> as(otherCity, () -> review.answers(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(published.stream(AuditedAction.class).filter(a -> a.action().equals("call.answer.submit")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.targetType()).isEqualTo("call");
                    assertThat(a.targetId()).isEqualTo(id);
                    assertThat(a.actorId()).isEqualTo(member.personId());
                });
        assertThat(as(secretary, () -> review.answers(id)))
                .extracting(AnswerItem::id)
                .containsExactly(answerId);
    }

    @Test
    void an_organisation_answers_a_call_once() {
        var id = call();
        as(member, () -> answering.answer(id, "First answer."));

        assertThatThrownBy(() -> as(colleague, () -> answering.answer(id, "Second answer.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.answered-already"));
        assertThatThrownBy(() -> as(member, () -> answering.answer(id, " ")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.motivation"));
        assertThatThrownBy(() -> as(otherCity, () -> answering.answer(id, "x".repeat(CallAnswer.MOTIVATION_MAX + 1))))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.motivation"));
        assertThat(as(secretary, () -> review.answers(id))).hasSize(1);
    }

    @Test
    void the_deadline_is_read_on_the_organisers_clock_and_answers_and_withdrawals_stop_at_it() {
        // 17:00 in Auckland, in a day or two: a morning or the day before in Europe
        var local = LocalDateTime.ofInstant(clock.instant(), AUCKLAND)
                .plusDays(2)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(17);
        var deadline = local.atZone(AUCKLAND).toInstant();
        var id = as(
                secretary,
                () -> administration.create(draft("Deadline " + UUID.randomUUID(), local, AUCKLAND, Set.of())));
        var page = as(member, () -> board.get(id));
        assertThat(page.deadline()).isEqualTo(deadline);
        assertThat(page.timeZone()).isEqualTo(AUCKLAND);
        assertThat(as(secretary, () -> board.get(id)).draft().deadline())
                .as("the editor's clock")
                .isEqualTo(local);

        clock.advance(Duration.between(clock.instant(), deadline).minusSeconds(30));
        as(member, () -> answering.answer(id, "Just in time."));
        as(otherCity, () -> answering.answer(id, "Also in time."));

        clock.advance(Duration.ofSeconds(30));
        assertThat(as(member, () -> board.get(id)).open()).isFalse();
        assertThat(as(member, () -> board.get(id)).mayWithdraw()).isFalse();
        assertThatThrownBy(() -> as(member, () -> answering.withdraw(id)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.closed"));
        var late = person(people, city(organisations, "Late city"), Role.MEMBER);
        assertThatThrownBy(() -> as(late, () -> answering.answer(id, "Too late.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.closed"));
        assertThat(as(late, () -> board.list(CallFilter.any())))
                .filteredOn(c -> c.id() == id)
                .singleElement()
                .satisfies(c -> assertThat(c.open()).isFalse());
        assertThat(as(secretary, () -> review.answers(id))).hasSize(2);
    }

    @Test
    void a_withdrawn_answer_is_gone_and_the_organisation_may_answer_again() {
        var id = call();
        as(member, () -> answering.answer(id, "First thoughts."));

        as(colleague, () -> answering.withdraw(id));

        assertThat(as(member, () -> board.get(id)).myAnswer()).isNull();
        assertThat(as(secretary, () -> review.answers(id))).isEmpty();
        assertThatThrownBy(() -> as(member, () -> answering.withdraw(id)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.not-answered"));
        as(member, () -> answering.answer(id, "Second thoughts."));
        assertThat(as(member, () -> board.get(id)).myAnswer().motivation()).isEqualTo("Second thoughts.");
        assertThat(published.stream(AuditedAction.class).map(AuditedAction::action))
                .contains("call.answer.withdraw");
    }

    @Test
    void the_secretariat_shortlists_accepts_and_exports_the_answers() {
        var id = call();
        var answerId = as(member, () -> answering.answer(id, "=HYPERLINK(\"http://evil.example\")"));

        as(secretary, () -> review.decide(answerId, AnswerStatus.SHORTLISTED));

        assertThat(as(colleague, () -> board.get(id)).myAnswer().status()).isEqualTo(AnswerStatus.SHORTLISTED);
        assertThat(published.stream(AuditedAction.class).map(AuditedAction::action))
                .contains("call.answer.shortlisted");
        assertThatThrownBy(() -> as(member, () -> review.decide(answerId, AnswerStatus.ACCEPTED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(secretary, () -> review.decide(answerId, AnswerStatus.RECEIVED)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.decision"));

        var out = new ByteArrayOutputStream();
        as(secretary, () -> review.exportAnswers(id, out));
        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("organisation,person,motivation,letter,status,submitted_at");
        assertThat(csv).contains("City of Liège", "SHORTLISTED").contains("'=HYPERLINK");
    }

    @Test
    void a_letter_must_be_a_pdf_or_a_text_document_and_only_its_organisation_and_the_secretariat_read_it() {
        var id = call();
        var answerId = as(member, () -> answering.answer(id, "With a letter."));

        assertThatThrownBy(() -> as(member, () -> answering.attachLetter(id, bytes("Just text.\n"), "letter.txt")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.letter-type"));
        assertThatThrownBy(() -> as(member, () -> answering.attachLetter(id, bytes("Just text.\n"), "letter.pdf")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.error.type-mismatch"));
        assertThatThrownBy(() -> as(
                        member, () -> answering.attachLetter(id, new ByteArrayInputStream(new byte[0]), "empty.pdf")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.error.empty"));
        assertThatThrownBy(() ->
                        as(otherCity, () -> answering.attachLetter(id, new ByteArrayInputStream(PDF), "letter.pdf")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.not-answered"));

        var kept = as(
                member,
                () -> answering.attachLetter(id, new ByteArrayInputStream(PDF), "C:\\Letters\\Lettre de soutien.pdf"));

        assertThat(kept).isEqualTo("Lettre de soutien.pdf");
        assertThat(as(colleague, () -> answering.letter(answerId)))
                .isEqualTo(new LetterDownload("Lettre de soutien.pdf", "application/pdf", PDF.length));
        assertThat(as(secretary, () -> {
                    try (var in = answering.openLetter(answerId)) {
                        return in.readAllBytes();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }))
                .isEqualTo(PDF);
        assertThatThrownBy(() -> as(otherCity, () -> answering.letter(answerId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherCity, () -> answering.openLetter(answerId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_call_for_groups_is_read_by_their_members_only_and_researchers_never_answer() {
        var slug = RunAs.person(
                0,
                Role.ADMIN,
                () -> groupAdministration.create(new NewGroup(
                        "Call group " + UUID.randomUUID(), "A group for a call.", JoinPolicy.OPEN, false)));
        var groupId = RunAs.person(0, Role.ADMIN, () -> groups.get(slug).id());
        RunAs.person(0, Role.ADMIN, () -> {
            groupMembership.addMember(groupId, member.personId());
            return null;
        });
        var groupCall = call(Set.of(groupId));
        var networkCall = call();

        assertThat(as(member, () -> board.get(groupCall)).groups()).containsKey(groupId);
        assertThatThrownBy(() -> as(colleague, () -> board.get(groupCall))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(colleague, () -> answering.answer(groupCall, "Not for us.")))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(colleague, () -> board.list(CallFilter.any())))
                .extracting(CallListItem::id)
                .contains(networkCall)
                .doesNotContain(groupCall);
        assertThat(as(secretary, () -> board.list(CallFilter.any())))
                .extracting(CallListItem::id)
                .contains(networkCall, groupCall);

        assertThat(as(researcher, () -> board.get(networkCall)).mayAnswer()).isFalse();
        assertThatThrownBy(() -> as(researcher, () -> answering.answer(networkCall, "An expert.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.may-not-answer"));
        assertThatThrownBy(() -> as(researcher, () -> board.get(groupCall))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_secretariat_closes_a_call_early_and_only_the_secretariat_runs_calls() {
        var id = call();
        assertThatThrownBy(() -> as(member, () -> administration.close(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        member,
                        () -> administration.create(
                                draft("Mine", LocalDateTime.now().plusDays(3), AUCKLAND, Set.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(member, () -> board.mayAdminister())).isFalse();

        as(secretary, () -> administration.close(id));

        assertThat(as(member, () -> board.get(id)).open()).isFalse();
        var listed = as(member, () -> board.list(CallFilter.any()));
        assertThat(listed).as("open calls first").isSortedAccordingTo((a, b) -> Boolean.compare(b.open(), a.open()));
        assertThat(listed).extracting(CallListItem::id).contains(id);
        assertThat(as(member, () -> board.list(new CallFilter(CallKind.EXPERTS, null))))
                .extracting(CallListItem::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> as(member, () -> answering.answer(id, "After closing.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.closed"));
        assertThat(published.stream(AuditedAction.class).map(AuditedAction::action))
                .contains("call.create", "call.close");
    }

    @Test
    void the_editor_refuses_a_draft_without_title_and_a_change_made_meanwhile() {
        var id = call();
        var current = as(secretary, () -> board.get(id));
        var deadline = current.draft().deadline();

        assertThatThrownBy(() -> as(secretary, () -> administration.create(draft(" ", deadline, AUCKLAND, Set.of()))))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.title"));
        as(
                secretary,
                () -> administration.update(id, draft("Renamed", deadline, AUCKLAND, Set.of()), current.version()));
        assertThat(as(member, () -> board.get(id)).title()).isEqualTo("Renamed");
        assertThatThrownBy(() -> as(
                        secretary,
                        () -> administration.update(
                                id, draft("Again", deadline, AUCKLAND, Set.of()), current.version())))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.changed-meanwhile"));
    }

    @Test
    void a_draft_is_the_organisations_own_until_it_is_sent_with_its_letter() {
        var id = call();

        as(member, () -> answering.saveDraft(id, ""));
        as(colleague, () -> answering.attachLetter(id, new ByteArrayInputStream(PDF), "support.pdf"));
        as(colleague, () -> answering.saveDraft(id, "Half written."));

        var seen = as(member, () -> board.get(id));
        assertThat(seen.myAnswer()).isNotNull();
        assertThat(seen.myAnswer().status()).isEqualTo(AnswerStatus.DRAFT);
        assertThat(seen.myAnswer().submittedAt()).isNull();
        assertThat(seen.myAnswer().motivation()).isEqualTo("Half written.");
        assertThat(seen.mayAnswer()).as("the draft can still be sent").isTrue();
        var draftId = seen.myAnswer().id();
        assertThat(as(secretary, () -> review.answers(id)))
                .as("drafts are not sent")
                .isEmpty();
        assertThatThrownBy(() -> as(secretary, () -> answering.letter(draftId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(secretary, () -> review.decide(draftId, AnswerStatus.SHORTLISTED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(member, () -> answering.answer(id, "  ")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.motivation"));

        var sentId = as(member, () -> answering.answer(id, "Liège takes part."));

        assertThat(sentId).isEqualTo(draftId);
        assertThat(as(secretary, () -> review.answers(id))).singleElement().satisfies(answer -> {
            assertThat(answer.status()).isEqualTo(AnswerStatus.RECEIVED);
            assertThat(answer.motivation()).isEqualTo("Liège takes part.");
            assertThat(answer.letterFileName()).isEqualTo("support.pdf");
            assertThat(answer.submittedAt()).isNotNull();
        });
        assertThatThrownBy(() -> as(colleague, () -> answering.saveDraft(id, "Rewritten.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("call.error.answered-already"));
        assertThat(published.stream(AuditedAction.class).map(AuditedAction::action))
                .contains("call.answer.start", "call.answer.letter", "call.answer.submit");
    }

    @Test
    void a_discarded_draft_is_gone_and_audited_as_discarded() {
        var id = call();
        as(member, () -> answering.saveDraft(id, "Maybe."));

        as(member, () -> answering.withdraw(id));

        assertThat(as(member, () -> board.get(id)).myAnswer()).isNull();
        assertThat(published.stream(AuditedAction.class).map(AuditedAction::action))
                .contains("call.answer.discard")
                .doesNotContain("call.answer.withdraw");
    }

    @Test
    void who_started_an_answer_and_did_not_send_it_is_reminded_once_two_days_before_the_deadline() {
        var id = call();
        var sent = call();
        var closed = call();
        as(member, () -> answering.saveDraft(id, "Started."));
        as(otherCity, () -> answering.answer(id, "Sent in time."));
        as(member, () -> answering.saveDraft(sent, "Started and sent."));
        as(member, () -> answering.answer(sent, "Started and sent."));
        as(member, () -> answering.saveDraft(closed, "Started."));
        as(secretary, () -> administration.close(closed));

        assertThat(reminded(id)).as("a week before the deadline").isEmpty();

        clock.advance(Duration.ofDays(5).plusHours(1));
        reminders.claimDue();

        assertThat(reminded(id)).containsExactly(member.personId());
        assertThat(reminded(sent)).as("sent").isEmpty();
        assertThat(reminded(closed)).as("closed early").isEmpty();
        reminders.claimDue();
        assertThat(reminded(id)).as("once").hasSize(1);
    }

    @Test
    void the_lead_organisation_of_the_calls_project_reviews_its_sent_answers_and_no_one_else_of_the_members() {
        var leadCity = member.organisationId();
        var projectId = RunAs.person(
                0,
                Role.ADMIN,
                () -> projects.create(new ProjectDraft(
                        "CFP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT),
                        "Safer night transport",
                        "Interreg Europe",
                        java.time.LocalDate.of(2026, 1, 1),
                        java.time.LocalDate.of(2028, 12, 31),
                        ProjectStatus.IN_PREPARATION,
                        "Cities test safer night buses.",
                        "",
                        null,
                        java.util.List.of(new ProjectPartner(leadCity, PartnerRole.LEAD)),
                        Set.of(),
                        Set.of())));
        var deadline = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(7)), AUCKLAND);
        var base = draft("Partners for " + projectId, deadline, AUCKLAND, Set.of());
        var id = as(
                secretary,
                () -> administration.create(new CallDraft(
                        base.kind(),
                        base.title(),
                        base.body(),
                        base.eligibility(),
                        base.deadline(),
                        base.timeZone(),
                        projectId,
                        Set.of(),
                        Set.of())));
        var fromRiga = as(otherCity, () -> answering.answer(id, "Riga would pilot the night buses."));
        as(otherCity, () -> answering.attachLetter(id, new ByteArrayInputStream(PDF), "riga.pdf"));
        var thirdCity = person(people, city(organisations, "City of Turin"), Role.MEMBER);
        as(thirdCity, () -> answering.saveDraft(id, "Not yet."));

        assertThat(as(member, () -> board.get(id)).mayReview()).isTrue();
        assertThat(as(member, () -> review.answers(id)))
                .as("sent answers only")
                .extracting(AnswerItem::id)
                .containsExactly(fromRiga);
        assertThat(as(colleague, () -> answering.letter(fromRiga)).fileName()).isEqualTo("riga.pdf");
        as(colleague, () -> review.decide(fromRiga, AnswerStatus.SHORTLISTED));
        assertThat(as(otherCity, () -> board.get(id)).myAnswer().status()).isEqualTo(AnswerStatus.SHORTLISTED);

        assertThat(as(otherCity, () -> board.get(id)).mayReview()).isFalse();
        assertThatThrownBy(() -> as(otherCity, () -> review.answers(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(researcher, () -> review.answers(id)))
                .as("a researcher of the lead organisation does not speak for it")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(thirdCity, () -> review.decide(fromRiga, AnswerStatus.ACCEPTED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(thirdCity, () -> answering.letter(fromRiga)))
                .isInstanceOf(NotFoundException.class);
        var other = call();
        var toOther = as(otherCity, () -> answering.answer(other, "Another call."));
        assertThatThrownBy(() -> as(member, () -> review.decide(toOther, AnswerStatus.ACCEPTED)))
                .as("a call without project is the secretariat's")
                .isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<Long> reminded(long callId) {
        return published.stream(AnswerReminderDue.class)
                .filter(r -> r.callId() == callId)
                .map(AnswerReminderDue::personId)
                .toList();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
