package org.clinlead.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded files on disk, outside the web root: {@code <portal.data.dir>/<folder>/<sha-256>.<extension>}. A file
 * is named by its content, written to a temporary name and moved into place, so a half-written file is never
 * served and the same file uploaded twice is stored once. Board papers and CQUIN evidence are kept here.
 */
@ApplicationScoped
public class ContentStore {

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    private String dataDir;

    /** Stores the bytes; returns their SHA-256 (hex), which names the file. */
    public String store(String folder, String extension, byte[] content) {
        String sha = sha256(content);
        Path target = file(folder, extension, sha);
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Path temp = Files.createTempFile(target.getParent(), "upload-", ".part");
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored", e);
        }
        return sha;
    }

    public Path file(String folder, String extension, String sha256) {
        if (!sha256.matches("[0-9a-f]{64}") || !folder.matches("[a-z]+") || !extension.matches("[a-z]+")) {
            throw new IllegalArgumentException("not a stored file");
        }
        return Path.of(dataDir, folder, sha256 + "." + extension);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
