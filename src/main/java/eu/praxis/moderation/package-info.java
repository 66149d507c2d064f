/**
 * Reports (flags) of threads, replies and practices by members, the moderation queues of group leads and
 * of the secretariat with their resolutions (dismiss, hide, lock, warn the author), and the audit log of
 * every moderation and administration action ({@link eu.praxis.base.AuditedAction}). Acts on content only
 * through the content features' own services (DD017).
 */
@NullMarked
package eu.praxis.moderation;

import org.jspecify.annotations.NullMarked;
