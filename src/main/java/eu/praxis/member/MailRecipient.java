package eu.praxis.member;

import java.util.Locale;

/** Whom a mail of background work goes to: an active person's name, address and language. */
public record MailRecipient(long id, String name, String email, Locale language) {}
