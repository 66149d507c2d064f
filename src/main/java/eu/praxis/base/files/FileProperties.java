package eu.praxis.base.files;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The attachment file store, {@code praxis.files.*}.
 *
 * @param dir where files are kept (content-addressed; share it between nodes)
 * @param maxSize the largest file accepted, checked while streaming
 */
@ConfigurationProperties("praxis.files")
public record FileProperties(
        @DefaultValue("./data/files") Path dir,
        @DefaultValue("25MB") DataSize maxSize) {}
