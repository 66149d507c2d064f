package eu.praxis.call;

/** Where an organisation's answer stands; the secretariat moves it on from {@code RECEIVED}. */
public enum AnswerStatus {
    RECEIVED,
    SHORTLISTED,
    ACCEPTED,
    DECLINED
}
