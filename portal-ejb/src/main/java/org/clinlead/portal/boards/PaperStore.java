package org.clinlead.portal.boards;

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
 * Paper PDFs on disk, outside the web root: {@code <portal.data.dir>/papers/<sha-256>.pdf}. A file is
 * named by its content, written to a temporary name and moved into place, so a half-written file is
 * never served and the same PDF uploaded twice is stored once.
 */
@ApplicationScoped
public class PaperStore {

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    private String dataDir;

    /** Stores the bytes; returns their SHA-256 (hex), which names the file. */
    public String store(byte[] content) {
        String sha = sha256(content);
        Path target = file(sha);
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Path temp = Files.createTempFile(target.getParent(), "upload-", ".part");
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The paper could not be stored", e);
        }
        return sha;
    }

    public Path file(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return Path.of(dataDir, "papers", sha256 + ".pdf");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
