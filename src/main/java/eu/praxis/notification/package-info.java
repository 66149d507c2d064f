/**
 * Notifications: who is told about what (fan-out from other features' events, checked against what each
 * recipient may see), each person's delivery settings and group mutes, the in-app list, immediate mails and
 * daily/weekly digests, and unsubscribing from a mail without logging in. Decisions in DD013.
 */
@NullMarked
package eu.praxis.notification;

import org.jspecify.annotations.NullMarked;
