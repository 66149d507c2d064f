package eu.praxis.base.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.base.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FileSystemFileStoreTest {

    @TempDir
    Path root;

    FileSystemFileStore store() {
        return new FileSystemFileStore(root, UploadLimits.of(DataSize.ofKilobytes(1)));
    }

    @Test
    void stores_content_under_its_sha256_in_two_levels_of_folders() throws IOException {
        var stored = store().store(new ByteArrayInputStream("hello".getBytes()));

        assertThat(stored.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(stored.size()).isEqualTo(5);
        assertThat(stored.created()).isTrue();
        assertThat(root.resolve("2c/f2/" + stored.sha256() + ".bin")).hasContent("hello");
        try (var in = store().open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo("hello".getBytes());
        }
    }

    @Test
    void the_same_content_twice_is_one_file_and_the_second_call_did_not_create_it() throws IOException {
        var first = store().store(new ByteArrayInputStream("same".getBytes()));
        var second = store().store(new ByteArrayInputStream("same".getBytes()));

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.created()).isFalse();
        assertThat(files()).hasSize(1);
    }

    @Test
    void refuses_an_endless_upload_after_the_limit_and_leaves_nothing() {
        // Would never end if the store read to the end before checking the size.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertThatThrownBy(() -> store().store(endless))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.error.too-large"));
        assertThat(files()).isEmpty();
    }

    @Test
    void a_refusing_check_leaves_nothing_and_keeps_what_was_stored_before() throws IOException {
        var earlier = store().store(new ByteArrayInputStream("kept".getBytes()));

        assertThatThrownBy(() -> store().store(new ByteArrayInputStream("kept".getBytes()), "x", (file, name) -> {
                    throw new UserFacingException("files.error.type-mismatch");
                }))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream("new".getBytes()), "x", (file, name) -> {
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class);

        assertThat(files()).containsExactly(store().path(earlier.sha256()));
    }

    @Test
    void exists_and_delete() throws IOException {
        var stored = store().store(new ByteArrayInputStream("bye".getBytes()));
        assertThat(store().exists(stored.sha256())).isTrue();

        store().delete(stored.sha256());
        store().delete(stored.sha256());

        assertThat(store().exists(stored.sha256())).isFalse();
        assertThatThrownBy(() -> store().open(stored.sha256())).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void a_name_that_is_not_a_hash_never_becomes_a_path() {
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().exists("AB" + "0".repeat(62))).isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<Path> files() {
        return StoreFolder.files(root);
    }
}
