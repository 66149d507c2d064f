/**
 * Views of discussions: the newest threads on a group's page, a group's thread list, a thread with
 * its replies, and a practice's discussion on the practice's page. Markdown is written with a
 * preview that the service renders and sanitises, exactly as the posted text will be.
 */
@NullMarked
package eu.praxis.discussion.ui;

import org.jspecify.annotations.NullMarked;
