package eu.praxis.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.base.UserFacingException;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** "Forgot your password?" as a visitor: one mail, a link that works once and expires, no address probing. */
@IntegrationTest
@WithAnonymousUser
class PasswordResetTest {

    private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

    @Autowired
    PasswordResetService resets;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    GreenMail mail;

    @Autowired
    TestClock clock;

    String email;

    @BeforeEach
    void createPerson() {
        email = "forgetful-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var riga = fixtures.city();
        RunAs.secretariat(() -> {
            members.registerActive(
                    new NewPerson(riga, email, "Forgetful Person", null, Role.MEMBER, Locale.ENGLISH),
                    "old-password-1");
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_reset_link_sets_a_new_password_once() throws Exception {
        resets.requestReset(email.toUpperCase(Locale.ROOT));
        var token = token(mailsTo(email));

        assertThat(resets.isUsable(token)).isTrue();
        assertThat(resets.reset(token, "new-password-22")).isEqualTo(email);

        assertThat(login(email, "new-password-22")).isTrue();
        assertThatThrownBy(() -> login(email, "old-password-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "third-password-3"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password-reset.error.invalid"));
    }

    @Test
    void a_reset_link_expires_after_an_hour() throws Exception {
        resets.requestReset(email);
        var token = token(mailsTo(email));
        clock.advance(Duration.ofMinutes(61));
        assertThat(resets.isUsable(token)).isFalse();
    }

    @Test
    void repeated_requests_send_one_mail_and_unknown_addresses_none() throws Exception {
        resets.requestReset(email);
        resets.requestReset(email);
        resets.requestReset("nobody-" + email);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailsTo("nobody-" + email)).isEmpty();
    }

    @Test
    void the_new_password_follows_the_rules() throws Exception {
        resets.requestReset(email);
        var token = token(mailsTo(email));
        assertThatThrownBy(() -> resets.reset(token, "short"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.password-short"));
        assertThat(resets.isUsable(token))
                .as("a refused password keeps the link")
                .isTrue();
    }

    private boolean login(String address, String password) {
        return authentication
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(address, password))
                .isAuthenticated();
    }

    private java.util.List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static String token(java.util.List<MimeMessage> messages) throws Exception {
        assertThat(messages).isNotEmpty();
        var matcher = LINK.matcher((String) messages.getLast().getContent());
        assertThat(matcher.find()).as("reset link in the mail").isTrue();
        return matcher.group(1);
    }
}
