package eu.praxis.call;

/**
 * Where an organisation's answer stands. A {@code DRAFT} is seen by the organisation only, until it is sent; the
 * secretariat moves a sent answer on from {@code RECEIVED}.
 */
public enum AnswerStatus {
    DRAFT,
    RECEIVED,
    SHORTLISTED,
    ACCEPTED,
    DECLINED
}
