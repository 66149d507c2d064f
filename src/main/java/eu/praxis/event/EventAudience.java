package eu.praxis.event;

/** Who is invited: the whole network, or only the active members of the event's working group. */
public enum EventAudience {
    NETWORK,
    GROUP_MEMBERS
}
