package eu.praxis.event;

import eu.praxis.base.web.Permalinks;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) files of events, written with ical4j (DD012). Times are in UTC, which every calendar app
 * shows in its own zone, so no VTIMEZONE is needed. The UID is stable per event and per installation, the
 * SEQUENCE is the event's change counter and a cancelled event has {@code STATUS:CANCELLED}, so that a calendar
 * that already holds the event updates it. Downloads and feeds are {@code METHOD:PUBLISH}; mails to a registered
 * person are iTIP {@code REQUEST} (or {@code CANCEL}), with the person as accepted attendee.
 */
@Component
class ICalendars {

    static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//Praxis//Events//EN";

    private final Clock clock;
    private final Permalinks permalinks;
    private final String host;
    private final String organiserAddress;

    ICalendars(Clock clock, Permalinks permalinks, EventProperties properties) {
        this.clock = clock;
        this.permalinks = permalinks;
        this.host = URI.create(permalinks.of("")).getHost();
        this.organiserAddress = address(properties.mail().from());
    }

    /** Events to publish (a download or a feed); {@code withLink} tells whose online link the reader may see. */
    byte[] publish(String calendarName, List<Event> events, Predicate<Event> withLink) {
        var calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", calendarName))
                .getFluentTarget();
        for (var event : events) {
            calendar.add(vevent(event, withLink.test(event)));
        }
        return write(calendar);
    }

    /** The mail to a registered person: their place (REQUEST), or the cancellation of the event (CANCEL). */
    byte[] invitation(Event event, String name, String email, boolean withLink) {
        var method = event.isCancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        var vevent = vevent(event, withLink);
        vevent.add(new Attendee(
                new ParameterList(List.of(new Cn(name), PartStat.ACCEPTED, Rsvp.FALSE)),
                URI.create("mailto:" + email)));
        var calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(method)
                .withComponent(vevent)
                .getFluentTarget();
        return write(calendar);
    }

    static String mediaType(boolean cancelled) {
        return MEDIA_TYPE + "; charset=UTF-8; method=" + (cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST);
    }

    /** The event's page in the application, for the URL property and the mails. */
    String pageUrl(long eventId) {
        return permalinks.of(EventPaths.event(eventId));
    }

    private VEvent vevent(Event event, boolean withLink) {
        var id = event.getId();
        var vevent = new VEvent(event.getStartsAt(), event.getEndsAt(), event.getTitle());
        vevent.add(new Uid("event-" + id + "@" + host));
        // the constructor stamps with the system clock; the application's clock decides
        vevent.replace(new DtStamp(clock.instant()));
        vevent.add(new Created(event.getCreatedAt()));
        vevent.add(new LastModified(event.getUpdatedAt()));
        vevent.add(new Sequence(event.getIcalSequence()));
        vevent.add(event.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Url(URI.create(pageUrl(id == null ? 0 : id))));
        // iTIP (RFC 5546) requires an organiser for PUBLISH, REQUEST and CANCEL: the network's mail address
        vevent.add(
                new Organizer(new ParameterList(List.of(new Cn("Praxis"))), URI.create("mailto:" + organiserAddress)));
        var link = withLink ? event.getOnlineLink() : null;
        var where = event.getPlace() != null ? event.getPlace() : link;
        if (where != null) {
            vevent.add(new Location(where));
        }
        var description = new StringBuilder(event.getDescriptionMarkdown());
        if (link != null) {
            description.append(description.isEmpty() ? "" : "\n\n").append(link);
        }
        if (!description.isEmpty()) {
            vevent.add(new Description(description.toString()));
        }
        return vevent;
    }

    private static byte[] write(Calendar calendar) {
        var out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid iCalendar data: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String address(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("praxis.mail.from is not a mail address: " + from, e);
        }
    }
}
