package eu.praxis.discussion;

import java.time.Instant;

/**
 * The first post of a thread or one reply, as the thread page shows it. {@code html} is rendered and
 * sanitised, safe to insert into the page; {@code markdown} is the source for the author's edit form.
 * {@code mayEdit} says whether the viewer may edit it (the service checks again).
 */
public record Post(long id, long authorId, String authorName, String authorOrganisation, Instant createdAt,
        boolean edited, String markdown, String html, boolean mayEdit) {
}
