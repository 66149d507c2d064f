package eu.praxis.discussion;

import eu.praxis.practice.Practice;
import eu.praxis.searchindex.SearchDocument;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a thread with its replies into the search index. A group thread belongs to its group; a practice's
 * thread takes its practice's audience, owner, themes, place and language, so that the search shows it to
 * exactly those who see the practice. A group thread has no known language (groups are multilingual), so its
 * text goes into the language-neutral fields. Replies and the practice are referred to by id: the search
 * feature reindexes the thread on {@link ReplyPosted}, {@link ReplyEdited} and the practice's events.
 */
public class ThreadIndexBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // a change to any of these reindexes the thread; replies and the practice come through events
        context.dependencies()
                .use("groupId")
                .use("practiceId")
                .use("title")
                .use("bodyMarkdown")
                .use("authorId")
                .use("createdAt")
                .use("lastActivityAt")
                .use("moderation");
        context.bridge(DiscussionThread.class, new Bridge(SearchDocument.declare(context)));
    }

    private record Bridge(SearchDocument.Fields fields) implements TypeBridge<DiscussionThread> {

        @Override
        public void write(DocumentElement target, DiscussionThread t, TypeBridgeWriteContext context) {
            var session = context.extension(HibernateOrmExtension.get()).session();
            var replies = String.join(
                    "\n\n",
                    session.createSelectionQuery(
                                    "select r.bodyMarkdown from Reply r where r.threadId = :id and r.moderation.hidden = false"
                                            + " and r.moderation.deletedAt is null order by r.createdAt, r.id",
                                    String.class)
                            .setParameter("id", t.getId())
                            .setHibernateFlushMode(FlushMode.MANUAL)
                            .getResultList());
            var year = SearchDocument.yearOf(t.getCreatedAt());
            var practiceId = t.getPracticeId();
            var practice = practiceId == null ? null : session.find(Practice.class, practiceId);
            var groupId = t.getGroupId();
            SearchDocument.Content content;
            if (practice == null) {
                content = new SearchDocument.Content(
                        "THREAD",
                        SearchDocument.OTHER_LANGUAGE,
                        t.getTitle(),
                        t.getBodyMarkdown(),
                        replies,
                        Set.of(),
                        groupId == null ? Set.of() : Set.of(groupId),
                        null,
                        null,
                        year,
                        t.getLastActivityAt(),
                        "",
                        groupId != null,
                        false,
                        -1,
                        -1,
                        t.getAuthorId(),
                        t.isHidden(),
                        t.getModeration().isDeleted(),
                        false,
                        Set.of());
            } else {
                // a practice's thread has no first post: the replies are its text
                content = new SearchDocument.Content(
                        "THREAD",
                        practice.getLanguage(),
                        t.getTitle(),
                        "",
                        replies,
                        practice.getThemeIds(),
                        practice.getGroupIds(),
                        practice.getCountry(),
                        practice.getCity(),
                        year,
                        t.getLastActivityAt(),
                        practice.getSlug(),
                        practice.isPublished(),
                        practice.isWholeNetwork(),
                        practice.getAuthorId(),
                        practice.getAuthorOrganisationId(),
                        t.getAuthorId(),
                        t.isHidden() || practice.getModeration().isHidden(),
                        t.getModeration().isDeleted()
                                || practice.getModeration().isDeleted(),
                        false,
                        Set.of());
            }
            fields.write(target, content);
        }
    }
}
