package eu.praxis.call;

/**
 * The deadline of a call is near and the person started their organisation's answer without sending it: they are
 * reminded once.
 *
 * @param personId who started the draft
 */
public record AnswerReminderDue(long callId, String title, long personId) {}
