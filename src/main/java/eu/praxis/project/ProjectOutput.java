package eu.praxis.project;

/** A practice the project produced, as its page links it ({@code path}: the practice's permalink). */
public record ProjectOutput(long practiceId, String title, String path) {}
