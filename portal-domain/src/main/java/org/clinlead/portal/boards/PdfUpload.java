package org.clinlead.portal.boards;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * An uploaded file that must really be a PDF: judged by its content (it starts with {@code %PDF-}), not
 * its name; not empty; within the size limit. The name is kept only as a safe label.
 */
public record PdfUpload(String fileName, byte[] content) {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    public PdfUpload {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "The file is empty. Choose the paper's PDF.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "The file is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB. Reduce it (for example by saving images at a lower resolution) and upload again.");
        }
        if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new InvalidInputException("file", "This file is not a PDF (whatever its name says). Save or export "
                    + "the paper as PDF and upload that.");
        }
    }

    public long size() {
        return content.length;
    }

    /** A name safe for a header and a file system: letters, digits, dot, dash and underscore; ends in .pdf. */
    public String safeFileName() {
        String base = fileName == null ? "paper" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isBlank() || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = "paper";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base.toLowerCase(Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
    }
}
