/**
 * Plain HTTP for events, outside Vaadin: an event's {@code .ics} file for members, and the personal calendar
 * feed, which calendar apps fetch without logging in (its address carries a secret token).
 */
@NullMarked
package eu.praxis.event.web;

import org.jspecify.annotations.NullMarked;
