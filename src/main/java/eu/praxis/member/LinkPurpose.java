package eu.praxis.member;

/** What a one-time link is for. */
enum LinkPurpose {
    /** Sets the first password of an invited person, which activates the account. */
    INVITATION,
    /** Sets a new password for an active person who forgot theirs. */
    PASSWORD_RESET
}
