package eu.praxis.practice;

public enum PracticeType {
    /** A structured good practice: objectives, actions, partners, results, evaluation, contact. */
    SHEET,
    /** A lighter account with one free-text body, e.g. a city's Covid-era response. */
    CASE_STUDY
}
