/** The directory of calls, a call's page with the answer form or the organisation's answer, the secretariat's editor and answers grid. */
@NullMarked
package eu.praxis.call.ui;

import org.jspecify.annotations.NullMarked;
