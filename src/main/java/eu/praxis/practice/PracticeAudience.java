package eu.praxis.practice;

import eu.praxis.group.GroupAudience;
import eu.praxis.security.Viewer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of many people may see a practice ({@link PracticePolicy#maySee}), cheaply: one query for the practice, two
 * for the people's groups among its sharing groups (one more for a submitted one: which of them review), then the
 * policy in memory; no logged-in person, inside the
 * caller's transaction. For background work such as notifications.
 */
@Component
public class PracticeAudience {

    /** A practice as notifications name it, whatever its state. */
    public record PracticeTitle(long id, String title, String permalink) {}

    private final PracticeRepository practices;
    private final GroupAudience groups;
    private final PracticePolicy policy;

    PracticeAudience(PracticeRepository practices, GroupAudience groups, PracticePolicy policy) {
        this.practices = practices;
        this.groups = groups;
        this.policy = policy;
    }

    /** Empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<PracticeTitle> practice(long practiceId) {
        return practices
                .findById(practiceId)
                .map(p -> new PracticeTitle(practiceId, p.getTitle(), PracticePaths.practice(practiceId, p.getSlug())));
    }

    @Transactional(readOnly = true)
    public Set<Long> whoMaySee(long practiceId, Collection<? extends Viewer> people) {
        return readers(practiceId, people).keySet();
    }

    /**
     * The people who may see the practice, each with whether they moderate it ({@link PracticePolicy#moderates}):
     * its discussion's hidden posts are shown to them.
     */
    @Transactional(readOnly = true)
    public Map<Long, Boolean> readers(long practiceId, Collection<? extends Viewer> people) {
        var found = practices.findById(practiceId);
        if (found.isEmpty() || people.isEmpty()) {
            return Map.of();
        }
        var practice = found.get();
        var theirGroups = groups.groupIdsOf(people, practice.getGroupIds());
        var reviewed = practice.isSubmitted() ? groups.reviewingPublications(practice.getGroupIds()) : Set.<Long>of();
        var readers = new HashMap<Long, Boolean>();
        for (var p : people) {
            var mine = theirGroups.get(p.personId());
            var theyReview = new HashSet<>(mine.led());
            theyReview.retainAll(reviewed);
            var viewer = new PracticePolicy.Viewer(p, mine.readable(), mine.led(), theyReview);
            if (policy.maySee(viewer, practice)) {
                readers.put(p.personId(), policy.moderates(viewer, practice));
            }
        }
        return readers;
    }

    public boolean maySee(Viewer viewer, long practiceId) {
        return !whoMaySee(practiceId, List.of(viewer)).isEmpty();
    }
}
