package eu.praxis.event.web;

import eu.praxis.base.NotFoundException;
import eu.praxis.event.CalendarFeedService;
import eu.praxis.event.EventCalendar;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /events/{id}.ics}: one event as a file, for members who may see it (login required, see
 * {@link EventWebConfiguration}). {@code GET /calendar/{token}.ics}: a person's feed, without login; an unknown or
 * revoked token is "not found", like an event one may not see.
 */
@Controller
class EventCalendarController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final EventCalendar events;
    private final CalendarFeedService feeds;

    EventCalendarController(EventCalendar events, CalendarFeedService feeds) {
        this.events = events;
        this.feeds = feeds;
    }

    @GetMapping("/events/{id}.ics")
    ResponseEntity<byte[]> event(@PathVariable long id) {
        var disposition =
                ContentDisposition.attachment().filename("event-" + id + ".ics").build();
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("Content-Disposition", disposition.toString())
                .body(events.ics(id));
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
