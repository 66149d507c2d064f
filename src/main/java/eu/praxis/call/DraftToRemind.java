package eu.praxis.call;

/** A draft answer whose reminder is due, with what the reminder names: the call and who started the draft. */
record DraftToRemind(long answerId, long callId, String title, long personId) {}
