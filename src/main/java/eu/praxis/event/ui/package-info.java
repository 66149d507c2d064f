/** The calendar (list and month), an event's page with registration, the event editor and the feed panel. */
@NullMarked
package eu.praxis.event.ui;

import org.jspecify.annotations.NullMarked;
