package eu.praxis.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends plain-text mail written from the message bundles in the recipient's language. The
 * default run has no SMTP server and writes mail to the log instead (see {@link LoggingMailer}).
 */
public interface Mailer {

    /** A file sent with a mail, e.g. an iCalendar invitation ({@code text/calendar}). */
    record Attachment(String fileName, String mediaType, byte[] content) {

        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * @param subjectKey bundle key of the subject
     * @param bodyKey bundle key of the body; {@code %name%} placeholders are filled from {@code values}
     */
    void send(String to, Locale language, String subjectKey, String bodyKey, Map<String, String> values);

    /** The same, with files attached after the text. */
    void send(
            String to,
            Locale language,
            String subjectKey,
            String bodyKey,
            Map<String, String> values,
            List<Attachment> attachments);
}
