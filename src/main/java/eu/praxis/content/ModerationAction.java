package eu.praxis.content;

/**
 * What a moderator can do to a piece of content. Not every type offers every action (only threads are locked
 * or pinned); {@link ModeratableContent#available} says which apply to one piece for one viewer.
 */
public enum ModerationAction {
    HIDE(true),
    RESTORE(false),
    DELETE(false),
    UNDELETE(false),
    LOCK(false),
    UNLOCK(false),
    PIN(false),
    UNPIN(false);

    private final boolean reasonRequired;

    ModerationAction(boolean reasonRequired) {
        this.reasonRequired = reasonRequired;
    }

    /** Hiding needs a reason, as the author is shown it; the others take an optional one. */
    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** The verb in the audit log's action key, {@code <type>.<verb>}: {@code hide}, {@code undelete}, ... */
    public String verb() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the action asks for a reason at all (pinning and locking change where a thread stands, not what anyone wrote). */
    public boolean takesReason() {
        return this != PIN && this != UNPIN && this != LOCK && this != UNLOCK;
    }
}
