package eu.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
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

    @Autowired
    TestPeople people;

    @AfterEach
    void forgetFailures() {
        throttle.reset();
        clock.reset();
    }

    @Test
    void a_member_logs_in_with_the_right_password() {
        var member = people.account(Role.MEMBER).email();
        var result = login(member, TestPeople.PASSWORD, "10.0.0.1");
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(PraxisUser.class, user -> {
            assertThat(user.email()).isEqualTo(member);
            assertThat(user.role()).isEqualTo(Role.MEMBER);
        });
    }

    @Test
    void login_ignores_the_case_of_the_address() {
        var member = people.account(Role.MEMBER).email();
        var result = login(member.toUpperCase(), TestPeople.PASSWORD, "10.0.0.1");
        assertThat(result.isAuthenticated()).isTrue();
    }

    @Test
    void wrong_password_and_unknown_address_are_refused_alike() {
        var member = people.account(Role.MEMBER).email();
        assertThatThrownBy(() -> login(member, "not-the-password", "10.0.0.2"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("nobody@nowhere.example", "whatever-password", "10.0.0.2"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void five_failures_block_the_account_even_for_the_right_password_until_the_block_expires() {
        var lead = people.account(Role.MEMBER).email();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(lead, "wrong-password", "10.0.1." + 1))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // From another address too: the block is on the account.
        assertThatThrownBy(() -> login(lead, TestPeople.PASSWORD, "10.0.9.9"))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isAfter(clock.instant()));

        clock.advance(Duration.ofMinutes(16));
        assertThat(login(lead, TestPeople.PASSWORD, "10.0.9.9").isAuthenticated())
                .isTrue();
    }

    @Test
    void twenty_failures_from_one_client_block_that_client_for_every_account() {
        var member = people.account(Role.MEMBER).email();
        for (int i = 0; i < 20; i++) {
            var address = "guess" + i + "@nowhere.example";
            assertThatThrownBy(() -> login(address, "wrong-password", "10.0.2.2"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(member, TestPeople.PASSWORD, "10.0.2.2"))
                .isInstanceOf(LoginThrottledException.class);
        // Other clients are not affected.
        assertThat(login(member, TestPeople.PASSWORD, "10.0.3.3").isAuthenticated())
                .isTrue();
    }

    @Test
    void a_success_clears_the_account_failures() {
        var researcher = people.account(Role.RESEARCHER).email();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(researcher, "wrong-password", "10.0.4.4"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        login(researcher, TestPeople.PASSWORD, "10.0.4.4");
        assertThatThrownBy(() -> login(researcher, "wrong-password", "10.0.4.4"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(researcher, TestPeople.PASSWORD, "10.0.4.4").isAuthenticated())
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
