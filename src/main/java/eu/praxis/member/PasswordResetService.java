package eu.praxis.member;

import eu.praxis.base.Mailer;
import eu.praxis.base.UserFacingException;
import eu.praxis.security.Sessions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": an active person asks for a one-time link by e-mail and sets a new
 * password with it. Open to visitors, who by definition are not logged in.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class PasswordResetService {

    /** At most one mail per address in this time, so that the form cannot flood a mailbox. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(5);

    private final PersonRepository people;
    private final OneTimeLinks links;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final Mailer mailer;
    private final Clock clock;
    private final Duration validity;

    PasswordResetService(
            PersonRepository people,
            OneTimeLinks links,
            PasswordEncoder passwords,
            Sessions sessions,
            Mailer mailer,
            Clock clock,
            MemberProperties properties) {
        this.people = people;
        this.links = links;
        this.passwords = passwords;
        this.sessions = sessions;
        this.mailer = mailer;
        this.clock = clock;
        this.validity = properties.passwordReset().validity();
    }

    /**
     * Mails a reset link if the address belongs to an active account. Answers the same whether or
     * not it does, so that nobody can find out which addresses have accounts.
     */
    public void requestReset(String email) {
        people.findByEmail(Person.normaliseEmail(email))
                .filter(p -> p.getStatus() == PersonStatus.ACTIVE)
                .filter(p -> !links.issuedWithin(p.getId(), LinkPurpose.PASSWORD_RESET, RESEND_PAUSE))
                .ifPresent(person -> {
                    var token = links.issue(person.getId(), LinkPurpose.PASSWORD_RESET, validity, null);
                    mailer.send(
                            person.getEmail(),
                            person.getLanguage(),
                            "mail.password-reset.subject",
                            "mail.password-reset.body",
                            Map.of(
                                    "name", person.getName(),
                                    "link", links.url("password-reset", token),
                                    "minutes", Long.toString(validity.toMinutes())));
                });
    }

    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return links.findUsable(token, LinkPurpose.PASSWORD_RESET).isPresent();
    }

    /**
     * Sets the new password; the link cannot be used again and the person's other sessions end.
     *
     * @return the person's e-mail address, to prefill the login form
     */
    public String reset(String token, String newPassword) {
        var link = links.findUsable(token, LinkPurpose.PASSWORD_RESET)
                .orElseThrow(() -> new UserFacingException("password-reset.error.invalid"));
        var person = people.findById(link.getPersonId())
                .filter(p -> p.getStatus() == PersonStatus.ACTIVE)
                .orElseThrow(() -> new UserFacingException("password-reset.error.invalid"));
        PasswordRules.check(newPassword, person.getEmail());
        link.use(clock.instant());
        person.changePassword(passwords.encode(newPassword));
        sessions.endAllOf(person.getId());
        return person.getEmail();
    }
}
