/**
 * What every kind of member content shares below the features that own it (practices, threads, replies, and
 * later publications or project posts): one moderation mechanism. A content type implements
 * {@link eu.praxis.content.ModeratableContent}; {@link eu.praxis.content.ContentModeration} applies an action to
 * any of them; each applied action publishes one {@link eu.praxis.content.ContentModerated} (with its
 * {@link eu.praxis.base.AuditedAction}). The hidden/deleted state is the {@link eu.praxis.content.Moderation}
 * embeddable (DD014).
 */
@NullMarked
package eu.praxis.content;

import org.jspecify.annotations.NullMarked;
