package eu.praxis.demo;

import eu.praxis.call.AnswerStatus;
import eu.praxis.call.CallAdministration;
import eu.praxis.call.CallAnswering;
import eu.praxis.call.CallDraft;
import eu.praxis.call.CallKind;
import eu.praxis.call.CallReview;
import eu.praxis.member.MemberService;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Three calls of the demo network: an open call for partners for the PREPARE project with two answers (one
 * shortlisted), a French call for experts closing in a few days, and an Italian call for contributions that the
 * secretariat has closed after deciding on its answers. Loaded by {@link DemoData} as the secretariat; the answers
 * are sent as the demo people who answer for their cities.
 */
@Component
class DemoCalls {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final CallAdministration administration;
    private final CallAnswering answering;
    private final CallReview review;
    private final ThemeService themes;
    private final ProjectDirectory projects;
    private final MemberService members;

    DemoCalls(
            CallAdministration administration,
            CallAnswering answering,
            CallReview review,
            ThemeService themes,
            ProjectDirectory projects,
            MemberService members) {
        this.administration = administration;
        this.answering = answering;
        this.review = review;
        this.themes = themes;
        this.projects = projects;
        this.members = members;
    }

    /**
     * @param people the demo people's ids by their keys in {@link DemoData}
     * @return the number of calls published
     */
    int load(Map<String, Long> people) {
        var themeIds = themes.list().stream().collect(Collectors.toMap(ThemeItem::code, ThemeItem::id));
        var prepare = projects.list(ProjectFilter.any()).stream()
                .filter(p -> p.acronym().equals("PREPARE"))
                .map(ProjectListItem::id)
                .findFirst()
                .orElse(null);
        var today = LocalDate.now(BRUSSELS);

        var partners = administration.create(new CallDraft(
                CallKind.PARTNERS,
                "Partner cities for a follow-up of PREPARE: local prevention networks",
                """
                PREPARE's cities are preparing a **follow-up application** to the Internal Security Fund. We are \
                looking for three to five cities that run, or plan, a local prevention network against \
                radicalisation.

                Partners take part in two peer reviews, host one study visit and test the common training for \
                front-line workers.""",
                "Member cities and regions with a local prevention network, or a council decision to set one up.",
                today.plusWeeks(5).atTime(LocalTime.of(17, 0)),
                BRUSSELS,
                prepare,
                Set.of(themeIds.get("polarisation-radicalisation"), themeIds.get("youth")),
                Set.of()));
        answer(
                people.get("rot2"),
                partners,
                "Rotterdam runs a prevention network with schools, mosques and "
                        + "youth work since 2019 and would bring its evaluation of exit support.");
        var leuven = answer(
                people.get("leuven1"),
                partners,
                "Leuven would test the training with its " + "restorative city team and host a study visit in spring.");
        review.decide(leuven, AnswerStatus.SHORTLISTED);

        var experts = administration.create(new CallDraft(
                CallKind.EXPERTS,
                "Appel à experts : évaluation des dispositifs de médiation nocturne",
                """
                Le groupe *Vie nocturne* prépare un guide d'évaluation des dispositifs de médiation nocturne. \
                Nous cherchons deux ou trois experts des villes membres pour relire la méthode et participer \
                à deux webconférences.""",
                "Agents des villes membres ayant piloté ou évalué un dispositif de médiation nocturne.",
                today.plusDays(3).atTime(LocalTime.of(12, 0)),
                ZoneId.of("Europe/Paris"),
                null,
                Set.of(themeIds.get("nightlife")),
                Set.of()));
        // the demo member has started Liège's answer and not sent it: reminded two days before the deadline
        as(people.get("member"), () -> {
            answering.saveDraft(
                    experts,
                    "Liège pourrait relire la méthode : nos médiateurs de nuit travaillent depuis 2021 dans le Carré.");
            return experts;
        });

        var contributions = administration.create(new CallDraft(
                CallKind.APPLICATIONS,
                "Contributi per la raccolta di pratiche su sport e inclusione",
                """
                Per la nuova raccolta di pratiche su **sport e inclusione sociale** cerchiamo esperienze \
                locali con giovani a rischio: progetti sportivi nei quartieri, tornei di strada, allenatori \
                formati alla mediazione.""",
                "Città e regioni membri con un progetto avviato da almeno un anno.",
                today.plusWeeks(2).atTime(LocalTime.of(18, 0)),
                ZoneId.of("Europe/Rome"),
                null,
                Set.of(themeIds.get("sport-inclusion"), themeIds.get("youth")),
                Set.of()));
        var loano = answer(
                people.get("loano1"),
                contributions,
                "Loano propone il suo torneo di calcio di strada " + "con allenatori formati alla mediazione.");
        var turin = answer(people.get("tur1"), contributions, "Torino presenta il progetto di sport di quartiere.");
        review.decide(loano, AnswerStatus.ACCEPTED);
        review.decide(turin, AnswerStatus.DECLINED);
        administration.close(contributions);
        return List.of(partners, experts, contributions).size();
    }

    /** Answers the call as the person, for their organisation; returns the answer's id. */
    private long answer(long personId, long callId, String motivation) {
        return as(personId, () -> answering.answer(callId, motivation));
    }

    /** Runs the action as the person, with their organisation, as the login would. */
    private <T> T as(long personId, Supplier<T> action) {
        return DemoLogins.as(members, personId, action);
    }
}
