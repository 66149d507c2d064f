package eu.praxis.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mail for the default run: written to the log, never sent. */
final class LoggingMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailer.class);

    private final MailTemplates templates;

    LoggingMailer(MailTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void send(String to, Locale language, String subjectKey, String bodyKey, Map<String, String> values) {
        send(to, language, subjectKey, bodyKey, values, List.of());
    }

    @Override
    public void send(
            String to,
            Locale language,
            String subjectKey,
            String bodyKey,
            Map<String, String> values,
            List<Attachment> attachments) {
        var files = attachments.isEmpty()
                ? ""
                : attachments.stream()
                        .map(a -> a.fileName() + " (" + a.mediaType() + ", " + a.content().length + " bytes)")
                        .collect(Collectors.joining(", ", "\nAttachments: ", ""));
        log.info(
                """
                Mail not sent (no spring.mail.host configured); it would have been:
                To: {}
                Subject: {}{}

                {}""",
                to,
                templates.render(subjectKey, language, values),
                files,
                templates.render(bodyKey, language, values));
    }
}
