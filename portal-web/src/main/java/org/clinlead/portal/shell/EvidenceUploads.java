package org.clinlead.portal.shell;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import org.clinlead.portal.shared.EvidenceFile;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.InvalidInputException;
import org.primefaces.model.file.UploadedFile;

/**
 * An evidence file as it arrives — a multipart field of an API call or a page's upload — read up to one byte past
 * the limit, so that {@link EvidenceFile#check} can refuse a file that is too large with its own message.
 */
public final class EvidenceUploads {

    private EvidenceUploads() {
    }

    /** The API's form field {@code file} (required). */
    public static EvidenceUpload of(EntityPart file) {
        if (file == null) {
            throw new InvalidInputException("file", "Attach the evidence as the form field \"file\".");
        }
        try (InputStream in = file.getContent()) {
            return new EvidenceUpload(file.getFileName().orElse("evidence"), read(in));
        } catch (IOException e) {
            throw unreadable();
        }
    }

    /** A page's upload, or null when no file was chosen. */
    public static EvidenceUpload of(UploadedFile file) {
        if (file == null || file.getSize() <= 0) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new EvidenceUpload(file.getFileName(), read(in));
        } catch (IOException e) {
            throw unreadable();
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        return in.readNBytes((int) EvidenceFile.MAX_BYTES + 1);
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("file", "The file could not be read; try the upload again.");
    }

    /**
     * A page's data file (a CSV to import) handed to {@code load} as a stream, never held whole here; a missing or
     * empty file is refused with {@code chooseMessage}.
     */
    public static <R> R stream(UploadedFile file, String chooseMessage, java.util.function.Function<InputStream, R> load) {
        if (file == null || file.getSize() == 0) {
            throw new InvalidInputException("file", chooseMessage);
        }
        try (InputStream in = file.getInputStream()) {
            return load.apply(in);
        } catch (IOException e) {
            throw new InvalidInputException("file", "The file could not be read; try the upload again.");
        }
    }
}
