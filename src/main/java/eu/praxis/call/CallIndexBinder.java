package eu.praxis.call;

import eu.praxis.searchindex.SearchDocument;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a call into the search index, with the fields the search's permission filter reads set so that it finds a
 * call for exactly those {@link CallPolicy#maySee} lets see it: a call for the whole network is shared with the whole
 * network; a call for working groups belongs to them and is members-only, which researchers never find. Closed calls
 * stay searchable (their page says they are closed). Calls have no language of their own: their texts go into the
 * language-neutral fields, the body as its Markdown source, like an event's.
 */
public class CallIndexBinder implements TypeBinder {

    /** The call's kind in the search's result kinds ({@code ResultKind}, which this feature may not import). */
    static final String KIND = "CALL";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("kind")
                .use("title")
                .use("bodyMarkdown")
                .use("eligibility")
                .use("deadline")
                .use("themeIds")
                .use("groupIds");
        context.bridge(Call.class, new Bridge(SearchDocument.declare(context)));
    }

    private record Bridge(SearchDocument.Fields fields) implements TypeBridge<Call> {

        @Override
        public void write(DocumentElement target, Call c, TypeBridgeWriteContext context) {
            var forNetwork = c.getGroupIds().isEmpty();
            // the kind as words ("call for partners"), so that a search for "call for partners" finds them
            var kindWords = "call for " + c.getKind().name().toLowerCase(Locale.ROOT);
            fields.write(
                    target,
                    new SearchDocument.Content(
                            KIND,
                            SearchDocument.OTHER_LANGUAGE,
                            c.getTitle(),
                            c.getBodyMarkdown(),
                            c.getEligibility() + "\n\n" + kindWords,
                            c.getThemeIds(),
                            c.getGroupIds(),
                            null,
                            null,
                            SearchDocument.yearOf(c.getDeadline()),
                            c.getDeadline(),
                            "",
                            true,
                            forNetwork,
                            -1,
                            -1,
                            -1,
                            false,
                            false,
                            !forNetwork,
                            Set.of()));
        }
    }
}
