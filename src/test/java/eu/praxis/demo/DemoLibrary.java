package eu.praxis.demo;

import eu.praxis.organisation.OrganisationKind;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's practice library as the demo data defines it, for fixtures that reuse it without loading the demo: the
 * practice file, who wrote each practice and where their organisation is (a practice without a place takes its author
 * organisation's: {@link DemoData#PEOPLE}, {@link DemoData#ORGANISATIONS}), and the generated attachments
 * ({@link DemoData#FILES}).
 */
public final class DemoLibrary {

    /** A demo person and their organisation. */
    public record Author(
            String email, String name, String organisation, OrganisationKind kind, String country, String city) {}

    /** A file the demo attaches to the practice with this external id. */
    public record Attachment(String externalId, String fileName, byte[] content) {}

    private DemoLibrary() {}

    /** {@code /demo/practices.json}, in the bulk import's format. */
    public static InputStream practices() {
        return Objects.requireNonNull(DemoData.class.getResourceAsStream("/demo/practices.json"));
    }

    /** Every demo person, by address. */
    public static Map<String, Author> authors() {
        var organisations =
                DemoData.ORGANISATIONS.stream().collect(Collectors.toMap(DemoData.Org::key, Function.identity()));
        return DemoData.PEOPLE.stream().collect(Collectors.toMap(DemoData.Demo::email, person -> {
            var organisation = organisations.get(person.org());
            return new Author(
                    person.email(),
                    person.name(),
                    organisation.name(),
                    organisation.kind(),
                    organisation.country(),
                    organisation.city());
        }));
    }

    /** The demo's attachments, generated as the demo generates them. */
    public static List<Attachment> attachments() {
        return DemoData.FILES.stream()
                .map(file -> new Attachment(
                        file.practice(), file.fileName(), DemoDocuments.pdf(file.title(), file.paragraphs())))
                .toList();
    }
}
