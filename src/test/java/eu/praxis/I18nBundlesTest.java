package eu.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English and French bundles have the same keys, no empty text, and every text is a valid
 * MessageFormat (bundles are always read through MessageFormat, so an apostrophe is written twice).
 */
class I18nBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/messages");

    static Stream<String> bundles() throws IOException {
        try (var files = Files.list(BUNDLES)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void french_has_exactly_the_english_keys(String bundle) throws IOException {
        var english = load(bundle + ".properties");
        var french = load(bundle + "_fr.properties");
        assertThat(new TreeSet<>(french.stringPropertyNames()))
                .as(bundle + "_fr.properties keys")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void every_text_is_a_valid_message_format_without_single_apostrophes(String bundle) throws IOException {
        var singleApostrophe = Pattern.compile("(?<!')'(?!')");
        for (var file : new String[] {bundle + ".properties", bundle + "_fr.properties"}) {
            var texts = load(file);
            for (var key : texts.stringPropertyNames()) {
                var text = texts.getProperty(key);
                assertThat(text).as(file + ": " + key).isNotBlank();
                assertThat(singleApostrophe.matcher(text).find())
                        .as(file + ": " + key + " has a single apostrophe")
                        .isFalse();
                new MessageFormat(text, Locale.ROOT);
            }
        }
    }

    /** Catches a key used in code but missing from the bundles, which would show as "!key". */
    @org.junit.jupiter.api.Test
    void every_key_the_code_uses_exists() throws IOException {
        var known = new TreeSet<String>();
        for (var bundle : bundles().toList()) {
            known.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        var key = Pattern.compile(
                "\"((?:common|error|login|shell|about|organisation|member|application|invitation|group"
                        + "|mail|language|password-reset|files|discussion|practice|theme|attachment|import|event|notification|moderation|audit|search|api|project|call)\\.[A-Za-z0-9.-]*[A-Za-z0-9-])\"");
        var missing = new TreeSet<String>();
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (var source :
                    sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    // Audited action names ("member.admit", see base.AuditedAction) look like keys; they are
                    // shown through audit.action.<action>.
                    if (!known.contains(matcher.group(1)) && !known.contains("audit.action." + matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
