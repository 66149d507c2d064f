package eu.praxis.event;

import eu.praxis.searchindex.SearchDocument;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes an event into the search index, with the fields the search's permission filter reads set so that it
 * finds an event for exactly those {@link EventPolicy#maySee} lets see it: a network event is for the whole
 * network; a members-only event belongs to its groups only (their active members, their leads, the
 * secretariat); a general assembly and a members-only event are marked members-only, which researchers never
 * find. Organisers see events through their group or as the secretariat, not as owners, so the event has no
 * owner. A cancelled event is indexed unpublished (found by no one); past events stay searchable. Events have
 * no language of their own, so their texts go into the language-neutral fields (like a group thread's); the
 * description is indexed as its Markdown source, as a thread's body is (DD020).
 */
public class EventIndexBinder implements TypeBinder {

    /** The event's kind in the search's result kinds ({@code ResultKind}, which this feature may not import). */
    static final String KIND = "EVENT";

    @Override
    public void bind(TypeBindingContext context) {
        // a change to any of these reindexes the event (its status: a cancellation)
        context.dependencies()
                .use("kind")
                .use("title")
                .use("descriptionMarkdown")
                .use("startsAt")
                .use("place")
                .use("groupIds")
                .use("audience")
                .use("status")
                .use("organiserId");
        context.bridge(Event.class, new Bridge(SearchDocument.declare(context)));
    }

    private record Bridge(SearchDocument.Fields fields) implements TypeBridge<Event> {

        @Override
        public void write(DocumentElement target, Event e, TypeBridgeWriteContext context) {
            var forNetwork = e.getAudience() == EventAudience.NETWORK;
            var membersOnly = !forNetwork || e.getKind() == EventKind.GENERAL_ASSEMBLY;
            // the kind as words ("study visit"), so that a search for "webconference" finds the webconferences
            var kindWords = e.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            var text = e.getPlace() == null ? kindWords : e.getPlace() + "\n\n" + kindWords;
            fields.write(
                    target,
                    new SearchDocument.Content(
                            KIND,
                            SearchDocument.OTHER_LANGUAGE,
                            e.getTitle(),
                            e.getDescriptionMarkdown(),
                            text,
                            Set.of(),
                            e.getGroupIds(),
                            null,
                            null,
                            SearchDocument.yearOf(e.getStartsAt()),
                            e.getStartsAt(),
                            "",
                            !e.isCancelled(),
                            forNetwork,
                            -1,
                            -1,
                            e.getOrganiserId(),
                            false,
                            false,
                            membersOnly,
                            Set.of()));
        }
    }
}
