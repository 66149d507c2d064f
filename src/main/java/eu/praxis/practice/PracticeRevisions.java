package eu.praxis.practice;

import eu.praxis.member.MemberService;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practice's history as Envers keeps it (DD009): its revisions, numbered from 1 for the oldest (the version numbers
 * readers see), the practice as it was at one of them, and the reason of the revision a transaction writes. For
 * redaction alone (DD029), a text is rewritten in every stored revision; nothing else ever changes the history.
 * Who may read what is the callers' question ({@link PracticePolicy}).
 */
@Component
class PracticeRevisions {

    private final EntityManager entityManager;
    private final MemberService members;

    PracticeRevisions(EntityManager entityManager, MemberService members) {
        this.entityManager = entityManager;
        this.members = members;
    }

    /** Every revision, newest first; {@code readable} says, by the status then, whose text the caller may open. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<RevisionSummary> of(long practiceId, Predicate<PracticeStatus> readable) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntityWithChanges(Practice.class, false)
                .add(AuditEntity.id().eq(practiceId))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        var personIds = rows.stream()
                .map(r -> ((PracticeRevision) r[1]).getPersonId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var people = members.summaries(personIds);
        var result = new ArrayList<RevisionSummary>();
        var version = rows.size();
        for (var row : rows) {
            var practice = (Practice) row[0];
            var revision = (PracticeRevision) row[1];
            @SuppressWarnings("unchecked")
            var changed = row[2] == RevisionType.ADD ? Set.<String>of() : Set.copyOf((Set<String>) row[3]);
            var person = revision.getPersonId() == null ? null : people.get(revision.getPersonId());
            result.add(new RevisionSummary(
                    revision.getId(),
                    version--,
                    Instant.ofEpochMilli(revision.getRevisedAt()),
                    revision.getPersonId(),
                    person == null ? "" : person.name(),
                    practice.getStatus(),
                    changed,
                    revision.getReason(),
                    readable.test(practice.getStatus())));
        }
        return result;
    }

    /** The number of the current version: how many revisions the practice has. */
    @Transactional(propagation = Propagation.MANDATORY)
    int currentVersion(long practiceId) {
        return versionAt(practiceId, Long.MAX_VALUE);
    }

    /** The number of the version as of a revision: how many revisions the practice had up to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    int versionAt(long practiceId, long revisionNumber) {
        var count = (Number) AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Practice.class, false, true)
                .add(AuditEntity.id().eq(practiceId))
                .add(AuditEntity.revisionNumber().le(revisionNumber))
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult();
        return count.intValue();
    }

    /** The revision that made a version (numbered from 1, the oldest); empty when there is no such version. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> revisionOfVersion(long practiceId, int versionNumber) {
        var revisionNumbers = AuditReaderFactory.get(entityManager).getRevisions(Practice.class, practiceId);
        return versionNumber < 1 || versionNumber > revisionNumbers.size()
                ? Optional.empty()
                : Optional.of(revisionNumbers.get(versionNumber - 1).longValue());
    }

    /** The current version of each practice, in one query; practices without revisions are left out. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, Integer> currentVersions(Collection<Long> practiceIds) {
        if (practiceIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select id, count(*) from practice_aud where id in (:ids) group by id")
                .setParameter("ids", practiceIds)
                .getResultList();
        var versions = new HashMap<Long, Integer>();
        for (var row : rows) {
            versions.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return versions;
    }

    /** The practice as it was at a revision; empty when it did not exist yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Practice> at(long practiceId, long revisionNumber) {
        return Optional.ofNullable(
                AuditReaderFactory.get(entityManager).find(Practice.class, practiceId, revisionNumber));
    }

    /** The reason of the revision this transaction writes: a moderator's edit, a redaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void giveReason(String reason) {
        AuditReaderFactory.get(entityManager)
                .getCurrentRevision(PracticeRevision.class, true)
                .setReason(reason);
    }

    /** Redaction: rewrites the field in every stored revision whose text {@code change} alters; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    int rewrite(long practiceId, RedactableField field, UnaryOperator<String> change) {
        return rewrite(practiceId, field.column(), change);
    }

    /** Redaction of an attachment: rewrites the list of file names (one a line) the revisions recorded. */
    @Transactional(propagation = Propagation.MANDATORY)
    int rewriteAttachmentNames(long practiceId, UnaryOperator<String> change) {
        return rewrite(practiceId, "attachment_names", change);
    }

    /** {@code column} is one of the constants above, never user input. */
    private int rewrite(long practiceId, String column, UnaryOperator<String> change) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "select rev, " + column + " from practice_aud where id = ?1 and " + column + " is not null")
                .setParameter(1, practiceId)
                .getResultList();
        var rewritten = 0;
        for (var row : rows) {
            var text = (String) row[1];
            var changed = change.apply(text);
            if (!changed.equals(text)) {
                entityManager
                        .createNativeQuery("update practice_aud set " + column + " = ?1 where id = ?2 and rev = ?3")
                        .setParameter(1, changed)
                        .setParameter(2, practiceId)
                        .setParameter(3, ((Number) row[0]).longValue())
                        .executeUpdate();
                rewritten++;
            }
        }
        return rewritten;
    }
}
