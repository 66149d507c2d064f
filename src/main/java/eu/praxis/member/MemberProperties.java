package eu.praxis.member;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * People and their accounts, {@code praxis.invitation.*}, {@code praxis.password-reset.*},
 * {@code praxis.application.*} and {@code praxis.first-admin.*}.
 *
 * @param invitation how long an invitation link works
 * @param passwordReset how long a "forgot your password?" link works
 * @param application the public membership application form's throttle per client address
 * @param firstAdmin on an empty database, the first secretariat account to invite (none without an e-mail)
 */
@ConfigurationProperties("praxis")
public record MemberProperties(
        @DefaultValue Invitation invitation,
        @DefaultValue PasswordReset passwordReset,
        @DefaultValue Application application,
        @DefaultValue FirstAdmin firstAdmin) {

    public record Invitation(@DefaultValue("P7D") Duration validity) {}

    public record PasswordReset(@DefaultValue("PT1H") Duration validity) {}

    public record Application(
            @DefaultValue("3") int maxPerClient,
            @DefaultValue("PT1H") Duration window) {}

    public record FirstAdmin(
            @Nullable String email,
            @DefaultValue("Secretariat") String name,
            @DefaultValue("Network Secretariat") String organisation,
            @DefaultValue("FR") String country) {}
}
