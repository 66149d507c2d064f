package eu.praxis.base.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Looks at an upload once it is fully received, before it becomes visible in the store; throwing refuses it.
 * Checking the staged copy (rather than storing first and deleting on refusal) means a refused upload never
 * touches a file that an earlier or concurrent upload of the same content relies on.
 */
@FunctionalInterface
public interface ContentCheck {

    ContentCheck NONE = (file, fileName) -> {};

    void check(Path file, String fileName) throws IOException;
}
