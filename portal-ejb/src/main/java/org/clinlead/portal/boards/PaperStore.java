package org.clinlead.portal.boards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.clinlead.portal.shared.ContentStore;

/** Paper PDFs on disk, outside the web root: {@code <portal.data.dir>/papers/<sha-256>.pdf} ({@link ContentStore}). */
@ApplicationScoped
public class PaperStore {

    @Inject
    private ContentStore store;

    /** Stores the bytes; returns their SHA-256 (hex), which names the file. */
    public String store(byte[] content) {
        return store.store("papers", "pdf", content);
    }

    public Path file(String sha256) {
        return store.file("papers", "pdf", sha256);
    }
}
