package eu.praxis.base;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

final class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final String from;

    SmtpMailer(JavaMailSender sender, MailTemplates templates, String from) {
        this.sender = sender;
        this.templates = templates;
        this.from = from;
    }

    @Override
    public void send(String to, Locale language, String subjectKey, String bodyKey, Map<String, String> values) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(templates.render(subjectKey, language, values));
        message.setText(templates.render(bodyKey, language, values));
        sender.send(message);
    }

    @Override
    public void send(
            String to,
            Locale language,
            String subjectKey,
            String bodyKey,
            Map<String, String> values,
            List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            send(to, language, subjectKey, bodyKey, values);
            return;
        }
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(templates.render(subjectKey, language, values));
            helper.setText(templates.render(bodyKey, language, values));
            for (var attachment : attachments) {
                helper.addAttachment(
                        attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }
}
