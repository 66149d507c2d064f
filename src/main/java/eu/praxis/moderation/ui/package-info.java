/**
 * The "Report" action on posts and practices, the moderation queues (a group's for its leads, the
 * secretariat's for all) and the audit log page.
 */
@NullMarked
package eu.praxis.moderation.ui;

import org.jspecify.annotations.NullMarked;
