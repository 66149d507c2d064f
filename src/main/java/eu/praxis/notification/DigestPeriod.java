package eu.praxis.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The two digests: each day, and each week (starting on Monday). */
public enum DigestPeriod {
    DAILY(Delivery.DAILY),
    WEEKLY(Delivery.WEEKLY);

    private final Delivery delivery;

    DigestPeriod(Delivery delivery) {
        this.delivery = delivery;
    }

    /** The delivery setting whose notifications this digest collects. */
    public Delivery delivery() {
        return delivery;
    }

    /** The first day of the period that contains the date: the date itself, or that week's Monday. */
    public LocalDate startOf(LocalDate date) {
        return this == DAILY ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
