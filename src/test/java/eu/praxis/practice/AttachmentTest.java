package eu.praxis.practice;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.practice.PracticeFixtures.unique;
import static eu.praxis.practice.PracticeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.FileStore;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.Role;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Attachments of practices: who attaches, removes and downloads; refused uploads leave neither a row nor a
 * file; stored content follows the rows (deleted on rollback and with its last attachment); and the download
 * endpoint over HTTP (headers, bytes, 404 for hidden files, login for visitors). Tests commit, so every file
 * has unique content and every test its own people, groups and practices.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class AttachmentTest {

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Autowired
    FileStore store;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WebApplicationContext context;

    @Value("${praxis.files.dir}")
    Path filesDir;

    @LocalServerPort
    int port;

    PracticeFixtures.Cast c;
    MockMvc mvc;

    @BeforeEach
    void createPeopleAndGroups() {
        var two = organisations
                .find(OrganisationFilter.any(), PageRequest.of(0, 2))
                .getContent();
        c = new PracticeFixtures(members, groups, groupMembership, groupAdministration)
                .cast(two.get(0).id(), two.get(1).id());
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    // --- attaching and removing -------------------------------------------------------------------

    @Test
    void the_author_attaches_a_file_which_the_practice_page_lists_with_its_detected_type() {
        var id = published(c.privateGroup());
        var content = uniqueText();

        var item = as(
                c.author(), () -> practices.attach(id, new ByteArrayInputStream(content), "C:\\Users\\me\\Notes.txt"));

        assertThat(item.fileName()).as("the browser's folder is dropped").isEqualTo("Notes.txt");
        assertThat(item.mediaType()).isEqualTo("text/plain");
        assertThat(item.size()).isEqualTo(content.length);
        assertThat(item.downloadPath()).isEqualTo("/attachments/" + item.id());
        assertThat(as(c.member(), () -> library.get(id)).attachments()).containsExactly(item);
        assertThat(store.exists(sha256(content))).isTrue();
    }

    @Test
    void attaching_and_removing_a_file_are_in_the_history_as_changes_of_the_attachments() {
        var id = published(c.privateGroup());
        var before = as(c.author(), () -> library.history(id)).size();
        var openInTheEditor = as(c.author(), () -> library.get(id));

        var item = as(c.colleague(), () -> practices.attach(id, new ByteArrayInputStream(uniqueText()), "Budget.txt"));
        as(c.author(), () -> practices.removeAttachment(item.id()));
        // an upload is no conflict for an editor opened before it (the editor's own uploads among them)
        var unchanged =
                sheet(openInTheEditor.title(), Set.of(), Set.of(c.privateGroup().id()), false);
        as(c.author(), () -> practices.update(id, unchanged, openInTheEditor.version()));

        var history = as(c.author(), () -> library.history(id));
        assertThat(history).hasSize(before + 3);
        assertThat(history.get(2).personId()).isEqualTo(c.colleague().id());
        assertThat(history.get(2).changedFields()).contains("attachmentNames");
        assertThat(history.get(1).personId()).isEqualTo(c.author().id());
        assertThat(history.get(1).changedFields()).contains("attachmentNames");
    }

    @Test
    void editors_attach_but_a_member_who_only_reads_may_not_and_an_outsider_is_not_told_it_exists() {
        var id = published(c.privateGroup());

        for (var who : List.of(c.colleague(), c.lead())) {
            as(who, () -> practices.attach(id, new ByteArrayInputStream(uniqueText()), "by-editor.txt"));
        }
        assertThatThrownBy(() -> as(
                        c.member(),
                        () -> practices.attach(id, new ByteArrayInputStream(uniqueText()), "by-member.txt")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.may-not-edit"));
        assertThatThrownBy(() -> as(
                        c.outsider(),
                        () -> practices.attach(id, new ByteArrayInputStream(uniqueText()), "by-outsider.txt")))
                .isInstanceOf(NotFoundException.class);
        var inResearcherGroup = published(c.researcherGroup());
        assertThatThrownBy(() -> as(
                        c.researcher(),
                        () -> practices.attach(
                                inResearcherGroup, new ByteArrayInputStream(uniqueText()), "by-researcher.txt")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.may-not-edit"));

        assertThat(as(c.author(), () -> library.get(id)).attachments())
                .extracting(AttachmentItem::fileName)
                .containsExactly("by-editor.txt", "by-editor.txt");
    }

    @Test
    void refused_uploads_leave_neither_a_row_nor_a_file() {
        var id = published(c.privateGroup());
        var before = storedFiles();

        assertRefused(id, image(), "photo.pdf", "files.error.type-mismatch");
        assertRefused(
                id,
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "page.txt",
                "files.error.type-not-allowed");
        assertRefused(id, new byte[0], "empty.txt", "files.error.empty");
        assertRefused(id, uniqueText(), "\u202E", "files.error.file-name");

        assertThat(as(c.author(), () -> library.get(id)).attachments()).isEmpty();
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void a_practice_takes_at_most_twenty_attachments() {
        var id = published(c.privateGroup());
        for (int i = 0; i < Attachment.MAX_PER_PRACTICE; i++) {
            as(c.author(), () -> practices.attach(id, new ByteArrayInputStream(uniqueText()), "part.txt"));
        }
        var one = uniqueText();

        assertRefused(id, one, "one-too-many.txt", "attachment.error.too-many");
        assertThat(store.exists(sha256(one))).isFalse();
        assertThat(library.get(id).attachments()).hasSize(Attachment.MAX_PER_PRACTICE);
    }

    @Test
    void content_new_to_the_store_is_deleted_when_the_attaching_transaction_rolls_back() {
        var id = published(c.privateGroup());
        var content = uniqueText();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            as(c.author(), () -> practices.attach(id, new ByteArrayInputStream(content), "rolled-back.txt"));
            assertThat(store.exists(sha256(content))).isTrue();
            status.setRollbackOnly();
        });

        assertThat(store.exists(sha256(content))).isFalse();
        assertThat(library.get(id).attachments()).isEmpty();
    }

    @Test
    void removing_deletes_the_content_only_when_no_other_attachment_names_it() {
        var first = published(c.privateGroup());
        var second = published(c.researcherGroup());
        var content = uniqueText();
        var a = as(c.author(), () -> practices.attach(first, new ByteArrayInputStream(content), "shared.txt"));
        var b = as(c.author(), () -> practices.attach(second, new ByteArrayInputStream(content), "same.txt"));

        assertThatThrownBy(() -> as(c.member(), () -> practices.removeAttachment(a.id())))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.may-not-edit"));
        assertThatThrownBy(() -> as(c.outsider(), () -> practices.removeAttachment(a.id())))
                .isInstanceOf(NotFoundException.class);

        as(c.lead(), () -> practices.removeAttachment(a.id()));
        assertThat(library.get(first).attachments()).isEmpty();
        assertThat(store.exists(sha256(content)))
                .as("still attached to the second practice")
                .isTrue();

        as(c.author(), () -> practices.removeAttachment(b.id()));
        assertThat(store.exists(sha256(content))).isFalse();
        assertThatThrownBy(() -> library.download(b.id())).isInstanceOf(NotFoundException.class);
    }

    // --- who downloads ----------------------------------------------------------------------------

    @Test
    void members_of_a_sharing_group_download_and_outsiders_and_researchers_are_told_nothing_exists() {
        var attachment = attached(published(c.privateGroup()));

        for (var who : List.of(c.author(), c.colleague(), c.lead(), c.member())) {
            assertThat(as(who, () -> library.download(attachment.id())).fileName())
                    .as("%s", who)
                    .isEqualTo(attachment.fileName());
        }
        for (var who : List.of(c.outsider(), c.researcher())) {
            assertThatThrownBy(() -> as(who, () -> library.download(attachment.id())))
                    .as("%s", who)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> library.download(Long.MAX_VALUE))
                .as("unknown id, same answer")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void researchers_download_from_practices_of_groups_opened_to_them() throws IOException {
        var content = uniqueText();
        var attachment = as(
                c.author(),
                () -> practices.attach(published(c.researcherGroup()), new ByteArrayInputStream(content), "open.txt"));

        var download = as(c.researcher(), () -> library.download(attachment.id()));
        try (var in = library.open(download)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThatThrownBy(() -> as(c.outsider(), () -> library.download(attachment.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void attachments_of_a_draft_are_for_its_author_and_their_organisation_only() {
        var draft = as(
                c.author(),
                () -> practices.create(
                        sheet(unique("Draft"), Set.of(), Set.of(c.privateGroup().id()), false)));
        var attachment = attached(draft);

        for (var who : List.of(c.author(), c.colleague())) {
            as(who, () -> library.download(attachment.id()));
        }
        // DD023: not even the lead of the group the draft is to be shared in
        for (var who : List.of(c.lead(), c.member(), c.outsider(), c.researcher())) {
            assertThatThrownBy(() -> as(who, () -> library.download(attachment.id())))
                    .as("%s", who)
                    .isInstanceOf(NotFoundException.class);
        }
    }

    // --- over HTTP ----------------------------------------------------------------------------------

    @Test
    void the_download_is_the_file_as_an_attachment_with_its_name_type_and_length() throws Exception {
        var content = uniqueText();
        var name = "Compte rendu « nuit » de l'été \"2024\".txt";
        var attachment = as(
                c.author(),
                () -> practices.attach(published(c.privateGroup()), new ByteArrayInputStream(content), name));

        var response = mvc.perform(get(attachment.downloadPath())
                        .with(SecurityMockMvcRequestPostProcessors.user(user(c.member()))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
        assertThat(response.getHeader("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(content.length));
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store").contains("private");
        var disposition = ContentDisposition.parse(response.getHeader("Content-Disposition"));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(name);
    }

    @Test
    void an_image_is_served_with_its_detected_type_and_still_as_an_attachment() throws Exception {
        var content = image();
        var attachment = as(
                c.author(),
                () -> practices.attach(published(c.privateGroup()), new ByteArrayInputStream(content), "plan.png"));

        var response = mvc.perform(get(attachment.downloadPath())
                        .with(SecurityMockMvcRequestPostProcessors.user(user(c.author()))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void a_hidden_or_unknown_attachment_is_a_plain_not_found() throws Exception {
        var attachment = attached(published(c.privateGroup()));

        for (var path : List.of(
                attachment.downloadPath(), "/attachments/" + Long.MAX_VALUE, "/attachments/99999999999999999999")) {
            var response = mvc.perform(get(path).with(SecurityMockMvcRequestPostProcessors.user(user(c.outsider()))))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(path)
                    .isEqualTo("This file does not exist, or you do not have access to it.");
        }
    }

    @Test
    void a_visitor_is_sent_to_the_login_page() throws Exception {
        var attachment = attached(published(c.privateGroup()));

        var response = mvc.perform(get(attachment.downloadPath()).with(anonymous()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void a_visitor_is_sent_to_the_login_page_by_the_real_server_too() throws Exception {
        var http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/attachments/1"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    // --- helpers ------------------------------------------------------------------------------------

    private long published(GroupDetails group) {
        var id = as(c.author(), () -> practices.create(sheet(unique("Attached"), Set.of(), Set.of(group.id()), false)));
        as(c.author(), () -> practices.publish(id));
        return id;
    }

    private AttachmentItem attached(long practiceId) {
        return as(c.author(), () -> practices.attach(practiceId, new ByteArrayInputStream(uniqueText()), "report.txt"));
    }

    private void assertRefused(long practiceId, byte[] content, String fileName, String key) {
        assertThatThrownBy(() ->
                        as(c.author(), () -> practices.attach(practiceId, new ByteArrayInputStream(content), fileName)))
                .as(fileName)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** Text no other test uploads, so that this test's upload creates the content in the store. */
    private static byte[] uniqueText() {
        return ("Compte rendu de l'atelier « médiation de nuit » " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] image() {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, ThreadLocalRandom.current().nextInt(0x1000000));
        image.setRGB(7, 7, ThreadLocalRandom.current().nextInt(0x1000000));
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> storedFiles() {
        if (!Files.isDirectory(filesDir)) {
            return List.of();
        }
        try (var paths = Files.walk(filesDir)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
