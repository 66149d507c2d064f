/** The notifications page, the notification settings page and the public unsubscribe page. */
@NullMarked
package eu.praxis.notification.ui;

import org.jspecify.annotations.NullMarked;
