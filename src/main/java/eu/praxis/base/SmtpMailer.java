package eu.praxis.base;

import java.util.Locale;
import java.util.Map;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

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
}
