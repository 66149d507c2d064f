package eu.praxis.discussion;

import eu.praxis.base.AuditTargetNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names threads in the audit log by their titles, and replies by the title of their thread (a reply has no
 * title of its own; the log says it is a reply).
 */
@Component
@Transactional(readOnly = true)
class DiscussionAuditNames implements AuditTargetNames {

    private final DiscussionThreadRepository threads;
    private final ReplyRepository replies;

    DiscussionAuditNames(DiscussionThreadRepository threads, ReplyRepository replies) {
        this.threads = threads;
        this.replies = replies;
    }

    @Override
    public Set<String> targetTypes() {
        return Set.of("thread", "reply");
    }

    @Override
    public Map<Long, String> names(String targetType, Collection<Long> ids) {
        if (targetType.equals("thread")) {
            return titles(ids);
        }
        var threadOfReply =
                replies.findAllById(ids).stream().collect(Collectors.toMap(Reply::getId, Reply::getThreadId));
        var titles = titles(Set.copyOf(threadOfReply.values()));
        return threadOfReply.entrySet().stream()
                .filter(e -> titles.containsKey(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> titles.get(e.getValue())));
    }

    private Map<Long, String> titles(Collection<Long> threadIds) {
        return threads.findAllById(threadIds).stream()
                .collect(Collectors.toMap(DiscussionThread::getId, DiscussionThread::getTitle));
    }
}
