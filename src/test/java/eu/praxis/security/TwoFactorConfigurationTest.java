package eu.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The properties of DD024 and the start-up policy for the encryption key, without Spring. */
class TwoFactorConfigurationTest {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes

    @Test
    void without_a_setting_the_secretariat_and_leads_are_required_and_an_empty_setting_requires_nobody() {
        assertThat(bind(Map.of()).requiredFor())
                .containsExactlyInAnyOrder(TwoFactorProperties.Who.ADMIN, TwoFactorProperties.Who.LEAD);
        assertThat(bind(Map.of("praxis.two-factor.required-for", "")).requiredFor())
                .isEmpty();
        assertThat(bind(Map.of("praxis.two-factor.required-for", "ADMIN")).requiredFor())
                .containsExactly(TwoFactorProperties.Who.ADMIN);
    }

    @Test
    void start_up_fails_without_a_key_while_anyone_is_required_and_on_a_malformed_key() {
        assertThatThrownBy(() -> new SecondFactorKeys(bind(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PRAXIS_TWO_FACTOR_ENCRYPTION_KEY");
        assertThatThrownBy(() -> new SecondFactorKeys(bind(Map.of("praxis.two-factor.encryption-key", "c2hvcnQ="))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not 32");
        assertThatThrownBy(() -> new SecondFactorKeys(bind(Map.of("praxis.two-factor.encryption-key", "%%%"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base64");
        assertThat(new SecondFactorKeys(bind(Map.of("praxis.two-factor.required-for", ""))).available())
                .isFalse();
    }

    @Test
    void a_key_decrypts_only_for_the_person_it_was_encrypted_for() {
        var keys = new SecondFactorKeys(bind(Map.of("praxis.two-factor.encryption-key", KEY)));
        var secret = Totp.newKey();

        var stored = keys.encrypt(7, secret);

        assertThat(keys.decrypt(7, stored)).isEqualTo(secret);
        assertThat(keys.encrypt(7, secret)).as("a fresh IV each time").isNotEqualTo(stored);
        assertThatThrownBy(() -> keys.decrypt(8, stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void codes_match_the_rfc_6238_test_vector() {
        // RFC 6238 appendix B, SHA-1 key "12345678901234567890", T = 59 s: 94287082 (8 digits), so 287082 with 6
        var key = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Totp.codeAt(key, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.matchingStep(key, "287082", java.time.Instant.ofEpochSecond(59 + 30)))
                .hasValue(1);
        assertThat(Totp.matchingStep(key, "287082", java.time.Instant.ofEpochSecond(59 + 60)))
                .isEmpty();
        assertThat(Totp.base32(key)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    private static TwoFactorProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("praxis.two-factor", TwoFactorProperties.class);
    }
}
