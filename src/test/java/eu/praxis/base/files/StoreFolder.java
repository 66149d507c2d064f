package eu.praxis.base.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a store folder holds, staging files included: "leaves nothing behind" is checked with this. */
final class StoreFolder {

    private StoreFolder() {}

    static List<Path> files(Path root) {
        try (var paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
