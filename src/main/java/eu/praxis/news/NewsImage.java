package eu.praxis.news;

/** A news item's image as stored, for the page that shows it. */
public record NewsImage(String sha256, String mediaType, long size) {}
