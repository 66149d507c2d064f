package eu.praxis.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Real SMTP when {@code spring.mail.host} is set, otherwise mail goes to the log so that the
 * default run needs no mail server and invitation links can still be followed.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
    Mailer smtpMailer(JavaMailSender sender, MessageSource messages, MailProperties properties) {
        return new SmtpMailer(sender, new MailTemplates(messages), properties.from());
    }

    @Bean
    @ConditionalOnMissingBean(Mailer.class)
    Mailer loggingMailer(MessageSource messages) {
        return new LoggingMailer(new MailTemplates(messages));
    }
}
