package eu.praxis.group;

/** A person became an active member of a group (joined an open group or was admitted). */
public record GroupJoined(long groupId, long personId) {
}
