package eu.praxis.newsletter;

import java.time.Instant;

/** A sent issue as the archive shows it: the text a reader in the viewer's language got, without their link. */
public record NewsletterReading(long id, String subject, Instant sentAt, String text) {}
