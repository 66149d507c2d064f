package eu.praxis.practice;

import java.time.Instant;

/**
 * Why a practice changed, as every reader may know it: the version a moderator's edit or a redaction made, when,
 * and the reason they gave; never what the practice said before.
 */
public record ChangeReason(int version, Instant when, String reason) {}
