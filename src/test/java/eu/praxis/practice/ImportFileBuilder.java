package eu.praxis.practice;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import files for tests: practices that pass every check, with unique external ids, varied field by
 * field. Public for the view test.
 */
public final class ImportFileBuilder {

    private final String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final List<Map<String, Object>> practices = new ArrayList<>();
    private final String authorEmail;
    private final String groupSlug;

    /** Sheets by this author (an active member), shared in this group. */
    public ImportFileBuilder(String authorEmail, String groupSlug) {
        this.authorEmail = authorEmail;
        this.groupSlug = groupSlug;
    }

    /** A complete published sheet by the author, shared in the group; {@code changes} as field, value pairs. */
    public ImportFileBuilder sheet(Object... changes) {
        var practice = new LinkedHashMap<String, Object>();
        practice.put("externalId", prefix + (practices.size() + 1));
        practice.put("type", "SHEET");
        practice.put("authorEmail", authorEmail);
        practice.put("title", "Imported sheet " + prefix + (practices.size() + 1));
        practice.put("summary", "What the city did, in short.");
        practice.put("language", "en");
        practice.put("periodStart", "2022-01-15");
        practice.put("themes", List.of("nightlife", "public-space"));
        practice.put("groups", List.of(groupSlug));
        practice.put("objectives", "Quieter nights.");
        practice.put("actions", "Mediators on the streets.");
        practice.put("results", "Fewer complaints.");
        for (var i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                practice.remove((String) changes[i]);
            } else {
                practice.put((String) changes[i], changes[i + 1]);
            }
        }
        practices.add(practice);
        return this;
    }

    public String externalId(int row) {
        return (String) practices.get(row - 1).get("externalId");
    }

    public InputStream json() {
        var text = JsonMapper.builder().build().writeValueAsString(Map.of("practices", practices));
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    public static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
