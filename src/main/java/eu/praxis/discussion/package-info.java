/**
 * Discussions in working groups, and the one thread of each practice (created by its first reply,
 * read by whoever may see the practice): threads and replies with Markdown bodies rendered and
 * sanitised on the server, @mentions, the edited mark, and who may read, post, reply and edit; moderation
 * (pin, lock, hide, edit with a reason, move, soft delete; DD014) and posting limits. Publishes
 * {@link eu.praxis.discussion.ThreadStarted}, {@link eu.praxis.discussion.ReplyPosted} and
 * {@link eu.praxis.content.ContentModerated} for notifications.
 */
@NullMarked
package eu.praxis.discussion;

import org.jspecify.annotations.NullMarked;
