package eu.praxis.demo;

import eu.praxis.member.MemberService;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import eu.praxis.publication.PublicationAdministration;
import eu.praxis.publication.PublicationDraft;
import eu.praxis.publication.PublicationType;
import eu.praxis.publication.PublicationVisibility;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Publications of the demo network: a guidebook on nightlife in English and French (the word "soundproofing" is only
 * inside the English PDF, so a search for it finds the guidebook by its file), SOLIDIFY's final report for the
 * network, and a public manifesto that visitors read without login. Published by the demo secretary.
 */
@Component
class DemoPublications {

    private final PublicationAdministration administration;
    private final ThemeService themes;
    private final ProjectDirectory projects;
    private final MemberService members;

    DemoPublications(
            PublicationAdministration administration,
            ThemeService themes,
            ProjectDirectory projects,
            MemberService members) {
        this.administration = administration;
        this.themes = themes;
        this.projects = projects;
        this.members = members;
    }

    /**
     * @param people the demo people's ids by their keys in {@link DemoData}
     * @return the number of publications
     */
    int load(Map<String, Long> people) {
        var themeIds = themes.list().stream().collect(Collectors.toMap(ThemeItem::code, ThemeItem::id));
        var solidify = projects.list(ProjectFilter.any()).stream()
                .filter(p -> p.acronym().equals("SOLIDIFY"))
                .map(ProjectListItem::id)
                .findFirst()
                .orElse(null);
        return DemoLogins.as(members, people.get("admin"), () -> {
            var english = publish(
                    new PublicationDraft(
                            PublicationType.GUIDEBOOK,
                            "Safer nightlife: a guidebook for cities",
                            "How cities, venues and residents keep the night-time economy safe and liveable: night "
                                    + "mayors, licensing, harm reduction and mediation in the streets.",
                            "en",
                            LocalDate.of(2024, 6, 12),
                            List.of("Nightlife working group", "Lisa Janssen"),
                            PublicationVisibility.NETWORK,
                            null,
                            Set.of(themeIds.get("nightlife")),
                            Set.of(),
                            null),
                    "safer-nightlife-guidebook.pdf",
                    List.of(
                            "Night mayors and night councils: who speaks for the night, and to whom.",
                            "Licensing: conditions on opening hours, door staff and soundproofing of venues, and how "
                                    + "to check them without closing the street's economy down.",
                            "Harm reduction: drug checking, water points, quiet rooms and trained bar staff.",
                            "Mediation: night mediators between venues, visitors and residents."));
            publish(
                    new PublicationDraft(
                            PublicationType.GUIDEBOOK,
                            "Une vie nocturne plus sûre : guide pour les villes",
                            "Comment villes, établissements et riverains rendent la vie nocturne sûre et vivable : "
                                    + "maires de la nuit, licences, réduction des risques et médiation.",
                            "fr",
                            LocalDate.of(2024, 9, 3),
                            List.of("Groupe de travail Vie nocturne", "Lisa Janssen"),
                            PublicationVisibility.NETWORK,
                            null,
                            Set.of(themeIds.get("nightlife")),
                            Set.of(),
                            english),
                    "guide-vie-nocturne.pdf",
                    List.of(
                            "Maires de la nuit et conseils de la nuit : qui parle pour la nuit, et à qui.",
                            "Licences : horaires, personnel de sécurité, isolation acoustique des établissements.",
                            "Réduction des risques : analyse des produits, points d'eau, espaces calmes.",
                            "Médiation : des médiateurs de nuit entre établissements, visiteurs et riverains."));
            publish(
                    new PublicationDraft(
                            PublicationType.REPORT,
                            "SOLIDIFY final report: the administrative approach in five countries",
                            "What the SOLIDIFY cities learnt from three years of keeping organised crime out of "
                                    + "licensed businesses.",
                            "en",
                            LocalDate.of(2023, 11, 30),
                            List.of("SOLIDIFY partners"),
                            PublicationVisibility.NETWORK,
                            solidify,
                            Set.of(themeIds.get("organised-crime")),
                            Set.of(),
                            null),
                    "solidify-final-report.pdf",
                    List.of(
                            "Screening before permits, closing premises and sharing information: what worked where.",
                            "Recommendations to national legislators and to the European Commission."));
            publish(
                    new PublicationDraft(
                            PublicationType.MANIFESTO,
                            "Manifesto of cities for urban security",
                            "The network's members commit to prevention, the rule of law and the participation of "
                                    + "citizens in the security of their cities.",
                            "en",
                            LocalDate.of(2025, 3, 20),
                            List.of("General Assembly of the network"),
                            PublicationVisibility.PUBLIC,
                            null,
                            Set.of(themeIds.get("public-space")),
                            Set.of(),
                            null),
                    "manifesto-urban-security.pdf",
                    List.of(
                            "Security is a common good and a right of every resident.",
                            "Prevention comes first: social, situational and community prevention together.",
                            "Cities are partners of the state and of Europe in the security of their residents."));
            return 4;
        });
    }

    private long publish(PublicationDraft draft, String fileName, List<String> paragraphs) {
        var id = administration.create(draft);
        var pdf = DemoDocuments.pdf(draft.title(), paragraphs);
        administration.attachFile(id, new ByteArrayInputStream(pdf), fileName);
        return id;
    }
}
