/**
 * The notifications page, the notification settings page, the public unsubscribe page and the page behind the
 * one-click register link of a new event.
 */
@NullMarked
package eu.praxis.notification.ui;

import org.jspecify.annotations.NullMarked;
