package eu.praxis.publication;

import eu.praxis.searchindex.SearchDocument;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a publication into the search index, in the fields of its language, with its files' extracted text, so that
 * a word inside its PDF finds it. The permission fields follow {@link PublicationPolicy#maySee}: a network or public
 * publication is shared with the whole network; one for working groups belongs to them and is members-only, which
 * researchers never find. Each edition is a hit of its own, in its own language. Files change only with their
 * publication, which then changes its {@code updatedAt}: that reindexes it.
 */
public class PublicationIndexBinder implements TypeBinder {

    /** The publication's kind in the search's result kinds ({@code ResultKind}, which this feature may not import). */
    static final String KIND = "PUBLICATION";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("type")
                .use("title")
                .use("abstractText")
                .use("language")
                .use("publishedOn")
                .use("visibility")
                .use("authors")
                .use("themeIds")
                .use("groupIds")
                .use("updatedAt");
        context.bridge(Publication.class, new Bridge(SearchDocument.declare(context)));
    }

    private record Bridge(SearchDocument.Fields fields) implements TypeBridge<Publication> {

        @Override
        public void write(DocumentElement target, Publication p, TypeBridgeWriteContext context) {
            var forGroups = p.getVisibility() == PublicationVisibility.GROUPS;
            // the type as words ("guidebook", "concept note"), so that a search for "guidebook" finds them
            var typeWords = p.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            var text = Stream.concat(
                            Stream.of(String.join(", ", p.getAuthors()), typeWords),
                            p.getFiles().stream().map(PublicationFile::getExtractedText))
                    .collect(Collectors.joining("\n\n"));
            var date = p.getPublishedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
            fields.write(
                    target,
                    new SearchDocument.Content(
                            KIND,
                            p.getLanguage(),
                            p.getTitle(),
                            p.getAbstractText(),
                            text,
                            p.getThemeIds(),
                            p.getGroupIds(),
                            null,
                            null,
                            p.getPublishedOn().getYear(),
                            date,
                            "",
                            true,
                            !forGroups,
                            -1,
                            -1,
                            -1,
                            false,
                            false,
                            forGroups,
                            Set.of()));
        }
    }
}
