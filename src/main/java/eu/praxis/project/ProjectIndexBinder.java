package eu.praxis.project;

import eu.praxis.searchindex.SearchDocument;
import java.time.ZoneOffset;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a project into the search index. Everyone who may log in reads projects ({@link ProjectPolicy}), researchers
 * included: a project is for the whole network and never members-only. Its acronym is its name
 * ({@link SearchDocument#NAME}), so that a search for "SOLIDIFY" finds it before the events that name it, and leads
 * its title; the programme joins the text. Projects have no language of their own: their texts go
 * into the language-neutral fields, like an event's. The partners' countries are the organisations' (another
 * feature's data): not indexed, so the country facet does not count projects.
 */
public class ProjectIndexBinder implements TypeBinder {

    /** The project's kind in the search's result kinds ({@code ResultKind}, which this feature may not import). */
    static final String KIND = "PROJECT";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("acronym")
                .use("title")
                .use("programme")
                .use("summary")
                .use("descriptionMarkdown")
                .use("startsOn")
                .use("themeIds")
                .use("groupIds");
        context.bridge(Project.class, new Bridge(SearchDocument.declare(context)));
    }

    private record Bridge(SearchDocument.Fields fields) implements TypeBridge<Project> {

        @Override
        public void write(DocumentElement target, Project p, TypeBridgeWriteContext context) {
            var start = p.getStartsOn().atStartOfDay().toInstant(ZoneOffset.UTC);
            fields.write(
                    target,
                    new SearchDocument.Content(
                            KIND,
                            SearchDocument.OTHER_LANGUAGE,
                            p.getAcronym() + " – " + p.getTitle(),
                            // the acronym is what people type: it leads the summary too, for the snippet
                            p.getAcronym() + ": " + p.getSummary(),
                            p.getDescriptionMarkdown() + "\n\n" + p.getProgramme(),
                            p.getThemeIds(),
                            p.getGroupIds(),
                            null,
                            null,
                            p.getStartsOn().getYear(),
                            start,
                            "",
                            true,
                            true,
                            -1,
                            -1,
                            -1,
                            false,
                            false,
                            false,
                            Set.of(p.getAcronym())));
        }
    }
}
