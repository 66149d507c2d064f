package eu.praxis.base;

import java.util.Locale;
import java.util.Map;

/**
 * Sends plain-text mail written from the message bundles in the recipient's language. The
 * default run has no SMTP server and writes mail to the log instead (see {@link LoggingMailer}).
 */
public interface Mailer {

    /**
     * @param subjectKey bundle key of the subject
     * @param bodyKey bundle key of the body; {@code %name%} placeholders are filled from {@code values}
     */
    void send(String to, Locale language, String subjectKey, String bodyKey, Map<String, String> values);
}
