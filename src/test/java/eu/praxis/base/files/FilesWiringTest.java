package eu.praxis.base.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.base.UserFacingException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans read {@code praxis.files.*} as written in application.properties, without the whole application. */
class FilesWiringTest {

    @TempDir
    Path root;

    @Test
    void the_store_and_the_inspector_use_the_configured_folder_and_limit() {
        new ApplicationContextRunner()
                // As SpringApplication does, so that "1KB" becomes a DataSize.
                .withInitializer(context ->
                        context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()))
                .withPropertyValues("praxis.files.dir=" + root, "praxis.files.max-size=1KB")
                .withUserConfiguration(Properties.class)
                .withBean(FileSystemFileStore.class)
                .withBean(UploadInspector.class)
                .withBean(TextExtractor.class)
                .withBean(Uploads.class)
                .run(context -> {
                    var uploads = context.getBean(Uploads.class);

                    var accepted = uploads.accept(
                            new ByteArrayInputStream("x".repeat(1024).getBytes()), "a.txt");
                    assertThat(context.getBean(FileStore.class).exists(accepted.sha256()))
                            .isTrue();
                    assertThat(StoreFolder.files(root)).hasSize(1);
                    assertThatThrownBy(() -> uploads.accept(new ByteArrayInputStream(new byte[1025]), "b.txt"))
                            .isInstanceOf(UserFacingException.class);
                });
    }

    @EnableConfigurationProperties(FileProperties.class)
    static class Properties {}
}
