package eu.praxis.demo;

import eu.praxis.practice.EvidenceCriteria;
import eu.praxis.practice.EvidenceLevel;
import eu.praxis.practice.PracticeDraft;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeEvidence;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Evidence of a few demo practices (DD032), so that the library's evidence facet and the practice pages show values:
 * their authors write the criteria, the secretariat reviews them.
 */
@Component
class DemoEvidence {

    /** A practice's evidence: {@code criteria} written by its author (none: left as imported), the reviewer's level. */
    private record Reviewed(String practice, @Nullable EvidenceCriteria criteria, EvidenceLevel level) {}

    private static final List<Reviewed> REVIEWED = List.of(
            new Reviewed(
                    "malmo-integrated-domestic-violence",
                    new EvidenceCriteria(
                            "Victims told their story to up to seven services before getting help; police and social"
                                    + " services' records showed repeat victimisation within a year for one case in"
                                    + " three.",
                            "One door, one case manager and one safety plan per victim, so that no service waits for"
                                    + " another: fewer repeat incidents follow from faster, joined-up protection.",
                            "Quasi-experimental: two districts with the one-door model compared with two similar"
                                    + " districts without it, over three years, by the university's criminology"
                                    + " department.",
                            "Repeat victimisation fell by a quarter in the model districts and by 4% in the"
                                    + " comparison districts; the time from first contact to a safety plan fell from 19"
                                    + " to 6 days.",
                            "Needs a shared case file agreed with the data protection officer; two case managers per"
                                    + " 100,000 inhabitants, about 180,000 euros a year."),
                    EvidenceLevel.EVALUATED_WITH_COMPARISON),
            new Reviewed(
                    "amsterdam-night-mayor",
                    new EvidenceCriteria(
                            "Conflicts between residents, venues and visitors in the centre at night, with no one to"
                                    + " speak for the night-time economy.",
                            "An independent night mayor and council mediate early, so that fewer conflicts reach"
                                    + " the police or the courts.",
                            "Before and after: complaints, police call-outs and licence disputes in the two years"
                                    + " before and after the night council was set up.",
                            "Noise complaints about venues down by a fifth; no comparison area.",
                            null),
                    EvidenceLevel.EVALUATED),
            new Reviewed(
                    "leuven-restorative-city",
                    new EvidenceCriteria(
                            null,
                            "Dialogue circles after incidents between groups restore relations before they harden"
                                    + " into polarisation.",
                            null,
                            null,
                            "Trained facilitators from the city's mediation service; transferable to any city with"
                                    + " such a service."),
                    EvidenceLevel.PROMISING),
            new Reviewed("lisbon-crack-outreach", null, EvidenceLevel.PROMISING),
            new Reviewed("amsterdam-administrative-approach-organised-crime", null, EvidenceLevel.EVALUATED));

    private final PracticeLibrary practices;
    private final PracticeEditing editing;
    private final PracticeEvidence evidence;

    DemoEvidence(PracticeLibrary practices, PracticeEditing editing, PracticeEvidence evidence) {
        this.practices = practices;
        this.editing = editing;
        this.evidence = evidence;
    }

    /** @return the number of practices reviewed */
    int load(Map<String, Long> practiceIds, long reviewerId) {
        for (var reviewed : REVIEWED) {
            var id = Objects.requireNonNull(practiceIds.get(reviewed.practice()), reviewed.practice());
            var criteria = reviewed.criteria();
            if (criteria != null) {
                var authorId = practices.get(id).authorId();
                RunAs.person(authorId, Role.MEMBER, () -> {
                    editing.update(id, PracticeDraft.of(practices.get(id)).withEvidence(criteria), null);
                    return null;
                });
            }
            RunAs.person(reviewerId, Role.ADMIN, () -> {
                evidence.setEvidenceLevel(id, reviewed.level());
                return null;
            });
        }
        return REVIEWED.size();
    }
}
