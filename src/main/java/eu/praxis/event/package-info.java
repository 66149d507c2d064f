/**
 * Events and webconferences of the network and of working groups (one organising group, possibly more for a joint
 * session): scheduling, registration with capacity and a waiting list, attendance and participation exports,
 * iCalendar files and personal calendar feeds, confirmation mails, reminders. Publishes
 * {@link eu.praxis.event.EventScheduled}, {@link eu.praxis.event.EventChanged},
 * {@link eu.praxis.event.EventCancelled}, {@link eu.praxis.event.RegistrationConfirmed},
 * {@link eu.praxis.event.RegistrationPromoted} and {@link eu.praxis.event.EventReminderDue} for notifications.
 */
@NullMarked
package eu.praxis.event;

import org.jspecify.annotations.NullMarked;
