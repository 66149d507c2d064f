package eu.praxis.practice;

import java.util.UUID;

/** A bulk import started in the background; its progress is asked by {@code id}. */
public record ImportJob(UUID id, String fileName) {}
