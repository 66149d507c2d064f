package eu.praxis.practice;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a practice's effect is shown (DD032), from the weakest: set by a reviewer (a lead of a sharing group, the
 * secretariat), never by its author; none until a reviewer has looked. A search facet, an export column and an API
 * field, under its {@link #code()}.
 */
public enum EvidenceLevel {
    /** Plausible logic and first signs of effect, not (yet) evaluated. */
    PROMISING,
    /** Evaluated: outcomes measured against its objectives. */
    EVALUATED,
    /** Evaluated against a comparison group (quasi-experimental or experimental design). */
    EVALUATED_WITH_COMPARISON;

    /** The value in addresses, exports and the API: {@code evaluated-with-comparison}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The level a code names (or its constant's name, any case); empty for anything else. */
    public static Optional<EvidenceLevel> ofCode(String code) {
        var name = code.strip().replace('-', '_');
        for (var level : values()) {
            if (level.name().equalsIgnoreCase(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
