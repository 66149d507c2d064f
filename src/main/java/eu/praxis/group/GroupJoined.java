package eu.praxis.group;

/**
 * A person became an active member of a group: joined an open group, was added or appointed by a lead or
 * the secretariat, or was admitted. {@code onRequest}: they had asked to join and someone else admitted
 * them (the answer to their request, which notifications tell them).
 */
public record GroupJoined(long groupId, long personId, boolean onRequest) {}
