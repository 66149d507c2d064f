package eu.praxis.demo;

import eu.praxis.news.NewsDesk;
import eu.praxis.news.NewsDraft;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * News of the demo network: three items of the secretariat (one in French, one with a banner image, one about
 * SOLIDIFY's guidebook) and two of the Nightlife group's lead, one of them scheduled for next week.
 */
@Component
class DemoNews {

    private final NewsDesk desk;
    private final ProjectDirectory projects;

    DemoNews(NewsDesk desk, ProjectDirectory projects) {
        this.desk = desk;
        this.projects = projects;
    }

    /**
     * @param people the demo people's ids by their keys in {@link DemoData}
     * @param groups the demo groups' ids by slug
     * @return the number of news items written
     */
    int load(Map<String, Long> people, Map<String, Long> groups) {
        // an item's author is a person: the secretariat's items are written as the demo admin
        return RunAs.person(people.get("admin"), Role.ADMIN, () -> write(people, groups));
    }

    private int write(Map<String, Long> people, Map<String, Long> groups) {
        var now = Instant.now();
        var solidify = projects.list(ProjectFilter.any()).stream()
                .filter(p -> p.acronym().equals("SOLIDIFY"))
                .map(ProjectListItem::id)
                .findFirst()
                .orElse(null);
        var conference = desk.write(new NewsDraft(
                "Annual conference 2027: workshop proposals welcome",
                """
                The network's **annual conference** takes place in Lisbon next spring. Member cities are invited to \
                propose a workshop on a practice they want to discuss with their peers:

                - a short description (half a page),
                - the city officials and partners who would run it,
                - the working group it concerns.

                Send your proposal to the secretariat before the end of January.""",
                "en",
                null,
                now.minus(Duration.ofDays(2)),
                Set.of(),
                null,
                null));
        desk.attachImage(conference, new ByteArrayInputStream(banner("Annual conference 2027")), "conference.png");
        desk.write(new NewsDraft(
                "Le réseau salue la nouvelle stratégie européenne de prévention",
                """
                Le Comité exécutif salue l'adoption de la stratégie européenne de prévention de la criminalité et \
                rappelle le rôle des **villes** dans sa mise en œuvre. Une résolution sera soumise à l'Assemblée \
                générale.""",
                "fr",
                null,
                now.minus(Duration.ofDays(5)),
                Set.of(),
                null,
                null));
        desk.write(new NewsDraft(
                "SOLIDIFY's guidebook is out",
                """
                The SOLIDIFY project has published its final guidebook on local prevention networks. It is among the \
                project's outputs, with a summary of the pilots in the partner cities.""",
                "en",
                null,
                now.minus(Duration.ofDays(9)),
                Set.of(),
                null,
                solidify));
        var nightlife = groups.get("nightlife");
        var lead = people.get("lead");
        RunAs.person(
                lead,
                Role.MEMBER,
                () -> desk.write(new NewsDraft(
                        "Night mayors' exchange: the minutes are online",
                        """
                        Thanks to everyone who joined the exchange of night mayors. The minutes and the slides are in \
                        the group's discussion; the next exchange is on drink spiking.""",
                        "en",
                        nightlife,
                        now.minus(Duration.ofDays(1)),
                        Set.of(),
                        null,
                        null)));
        RunAs.person(
                lead,
                Role.MEMBER,
                () -> desk.write(new NewsDraft(
                        "Survey on night-time economy councils",
                        "Next week we send a short survey on how your city's night-time economy council works.",
                        "en",
                        nightlife,
                        now.plus(Duration.ofDays(7)),
                        Set.of(),
                        null,
                        null)));
        return 5;
    }

    /** A banner drawn here, so that the demo needs no image file. */
    private static byte[] banner(String text) {
        var image = new BufferedImage(960, 320, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setPaint(new GradientPaint(0, 0, new Color(0x1f4e79), 960, 320, new Color(0x2e8b57)));
            graphics.fillRect(0, 0, 960, 320);
            graphics.setColor(Color.WHITE);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 52));
            graphics.drawString(text, 60, 180);
        } finally {
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
