package eu.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.demo.DemoAccounts;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@IntegrationTest
class LoginTest {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TestClock clock;

    @AfterEach
    void forgetFailures() {
        throttle.reset();
        clock.reset();
    }

    @Test
    void demo_member_logs_in_with_the_right_password() {
        var result = login(DemoAccounts.MEMBER, DemoAccounts.MEMBER_PASSWORD, "10.0.0.1");
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(PraxisUser.class, user -> {
            assertThat(user.email()).isEqualTo(DemoAccounts.MEMBER);
            assertThat(user.role()).isEqualTo(Role.MEMBER);
        });
    }

    @Test
    void login_ignores_the_case_of_the_address() {
        var result = login(DemoAccounts.MEMBER.toUpperCase(), DemoAccounts.MEMBER_PASSWORD, "10.0.0.1");
        assertThat(result.isAuthenticated()).isTrue();
    }

    @Test
    void wrong_password_and_unknown_address_are_refused_alike() {
        assertThatThrownBy(() -> login(DemoAccounts.MEMBER, "not-the-password", "10.0.0.2"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("nobody@nowhere.example", "whatever-password", "10.0.0.2"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void five_failures_block_the_account_even_for_the_right_password_until_the_block_expires() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(DemoAccounts.LEAD, "wrong-password", "10.0.1." + 1))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // From another address too: the block is on the account.
        assertThatThrownBy(() -> login(DemoAccounts.LEAD, DemoAccounts.LEAD_PASSWORD, "10.0.9.9"))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isAfter(clock.instant()));

        clock.advance(Duration.ofMinutes(16));
        assertThat(login(DemoAccounts.LEAD, DemoAccounts.LEAD_PASSWORD, "10.0.9.9")
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void twenty_failures_from_one_client_block_that_client_for_every_account() {
        for (int i = 0; i < 20; i++) {
            var address = "guess" + i + "@nowhere.example";
            assertThatThrownBy(() -> login(address, "wrong-password", "10.0.2.2"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(DemoAccounts.MEMBER, DemoAccounts.MEMBER_PASSWORD, "10.0.2.2"))
                .isInstanceOf(LoginThrottledException.class);
        // Other clients are not affected.
        assertThat(login(DemoAccounts.MEMBER, DemoAccounts.MEMBER_PASSWORD, "10.0.3.3")
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void a_success_clears_the_account_failures() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(DemoAccounts.RESEARCHER, "wrong-password", "10.0.4.4"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        login(DemoAccounts.RESEARCHER, DemoAccounts.RESEARCHER_PASSWORD, "10.0.4.4");
        assertThatThrownBy(() -> login(DemoAccounts.RESEARCHER, "wrong-password", "10.0.4.4"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(DemoAccounts.RESEARCHER, DemoAccounts.RESEARCHER_PASSWORD, "10.0.4.4")
                        .isAuthenticated())
                .isTrue();
    }

    Authentication login(String email, String password, String clientAddress) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(clientAddress);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return authentication.authenticate(token);
    }
}
