/**
 * Discussions in working groups, and the one thread of each practice (created by its first reply,
 * read by whoever may see the practice): threads and replies with Markdown bodies rendered and
 * sanitised on the server, @mentions, the edited mark, and who may read, post, reply and edit. Publishes
 * {@link eu.praxis.discussion.ThreadStarted} and {@link eu.praxis.discussion.ReplyPosted} for notifications.
 */
@NullMarked
package eu.praxis.discussion;

import org.jspecify.annotations.NullMarked;
