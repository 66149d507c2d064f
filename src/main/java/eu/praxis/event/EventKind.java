package eu.praxis.event;

/** What kind of gathering an event is; a general assembly is for members only (never researchers). */
public enum EventKind {
    WEBCONFERENCE,
    SEMINAR,
    STUDY_VISIT,
    CONFERENCE,
    COORDINATION_MEETING,
    GENERAL_ASSEMBLY
}
