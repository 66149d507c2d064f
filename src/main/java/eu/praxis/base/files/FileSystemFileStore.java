package eu.praxis.base.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Files under {@code praxis.files.dir}, as {@code ab/cd/abcd….bin}. Uploads are staged in {@code tmp/} of the
 * same folder, so that publishing one is an atomic link or rename: a reader never sees half a file.
 */
@Component
public class FileSystemFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path staging;
    private final UploadLimits limits;

    @Autowired
    FileSystemFileStore(FileProperties properties) {
        this(properties.dir(), UploadLimits.of(properties.maxSize()));
    }

    FileSystemFileStore(Path root, UploadLimits limits) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve("tmp");
        this.limits = limits;
    }

    @Override
    public StoredFile store(InputStream content, String fileName, ContentCheck check) throws IOException {
        Files.createDirectories(staging);
        var staged = Files.createTempFile(staging, "upload-", ".part");
        try {
            var digest = sha256();
            long size = copyAtMost(content, new DigestOutputStream(Files.newOutputStream(staged), digest));
            check.check(staged, fileName);
            var sha256 = HexFormat.of().formatHex(digest.digest());
            var target = path(sha256);
            if (Files.exists(target)) {
                return new StoredFile(sha256, size, false);
            }
            Files.createDirectories(target.getParent());
            return new StoredFile(sha256, size, publish(staged, target));
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** Counts while copying and stops at the first byte beyond the limit, so an endless upload costs nothing. */
    private long copyAtMost(InputStream content, OutputStream out) throws IOException {
        try (out) {
            var buffer = new byte[BUFFER];
            long size = 0;
            for (int n; (n = content.read(buffer)) != -1; ) {
                size += n;
                if (size > limits.maxSize()) {
                    throw limits.tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return size;
        }
    }

    /**
     * A hard link appears whole and fails when the name is taken, so of two concurrent uploads of the same
     * content exactly one reports that it created the file, which is what makes deleting on rollback safe.
     */
    private static boolean publish(Path staged, Path target) throws IOException {
        try {
            Files.createLink(target, staged);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links here: a rename is atomic too, only the race above may then report two creators.
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    /** The hash is checked before it becomes a path, so no caller can reach outside the store. */
    Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a lower-case SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256 + ".bin");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
