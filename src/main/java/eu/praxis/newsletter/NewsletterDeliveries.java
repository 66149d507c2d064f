package eu.praxis.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery rows of an issue, one per recipient, in plain SQL: ten thousand of them are written in one batch and
 * taken in pages by the sender. A row goes PENDING → SENDING (claimed, just before its mail is sent) → SENT, or
 * SKIPPED when the person may no longer receive it; every step is a conditional update, so two senders never take the
 * same row.
 */
@Component
class NewsletterDeliveries {

    private static final int INSERT_BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    NewsletterDeliveries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** What the progress bar shows. */
    record Counts(int pending, int sent, int skipped) {

        int done() {
            return sent + skipped;
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(long newsletterId, List<Long> personIds) {
        template.batchUpdate(
                "insert into newsletter_delivery (newsletter_id, person_id, status) values (?, ?, 'PENDING')",
                personIds,
                INSERT_BATCH,
                (statement, personId) -> {
                    statement.setLong(1, newsletterId);
                    statement.setLong(2, personId);
                });
    }

    /**
     * Gives claims older than {@code before} back: their sender stopped (a crash, a restart) between claiming and
     * recording the mail; the one mail it may have sent meanwhile is the only one that can go twice.
     */
    int releaseStale(long newsletterId, Instant before) {
        return jdbc.sql("""
                        update newsletter_delivery set status = 'PENDING', claimed_at = null
                        where newsletter_id = :id and status = 'SENDING' and claimed_at < :before""")
                .param("id", newsletterId)
                .param("before", Timestamp.from(before))
                .update();
    }

    /** The next recipients waiting, in order of their ids. */
    List<Long> pending(long newsletterId, int limit) {
        return jdbc.sql("""
                        select person_id from newsletter_delivery
                        where newsletter_id = :id and status = 'PENDING'
                        order by person_id
                        fetch first :limit rows only""")
                .param("id", newsletterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** @return whether this sender got the row (another one may have been faster) */
    boolean claim(long newsletterId, long personId, Instant now) {
        return move(newsletterId, personId, "PENDING", "SENDING", "claimed_at", now);
    }

    void sent(long newsletterId, long personId, Instant now) {
        move(newsletterId, personId, "SENDING", "SENT", "sent_at", now);
    }

    void skipped(long newsletterId, long personId, Instant now) {
        move(newsletterId, personId, "PENDING", "SKIPPED", "sent_at", now);
    }

    /** A mail the server refused: the row waits for the next round. */
    void unclaim(long newsletterId, long personId) {
        jdbc.sql("""
                        update newsletter_delivery set status = 'PENDING', claimed_at = null
                        where newsletter_id = :id and person_id = :person and status = 'SENDING'""").param("id", newsletterId).param("person", personId).update();
    }

    private boolean move(long newsletterId, long personId, String from, String to, String column, Instant now) {
        return jdbc.sql("update newsletter_delivery set status = :to, " + column + " = :now"
                                + " where newsletter_id = :id and person_id = :person and status = :from")
                        .param("to", to)
                        .param("now", Timestamp.from(now))
                        .param("id", newsletterId)
                        .param("person", personId)
                        .param("from", from)
                        .update()
                == 1;
    }

    Counts counts(long newsletterId) {
        var counts = jdbc.sql("""
                        select
                          sum(case when status in ('PENDING', 'SENDING') then 1 else 0 end),
                          sum(case when status = 'SENT' then 1 else 0 end),
                          sum(case when status = 'SKIPPED' then 1 else 0 end)
                        from newsletter_delivery where newsletter_id = :id""")
                .param("id", newsletterId)
                .query((rs, row) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
        return counts;
    }
}
