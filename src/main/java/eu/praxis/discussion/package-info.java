/**
 * Discussions in working groups: threads and replies with Markdown bodies rendered and sanitised
 * on the server, @mentions, the edited mark, and who may read, post, reply and edit. Publishes
 * {@link eu.praxis.discussion.ThreadStarted} and {@link eu.praxis.discussion.ReplyPosted} for notifications.
 */
@NullMarked
package eu.praxis.discussion;

import org.jspecify.annotations.NullMarked;
