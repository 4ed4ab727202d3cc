package org.clinlead.portal.profiles;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.COMMISSIONER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * Practice values from a CSV file ({@code practice code, indicator code, period, numerator, denominator}), all or
 * nothing. The file is streamed to a temporary file and read twice, never held in memory ({@link PracticeValuesFile}):
 * the first pass checks every line ({@link ProfileRow}) and counts; only when no line is wrong (and it is not a
 * preview) the second pass writes the rows in JDBC batches inside the one transaction, replacing any value already
 * held for the same practice, indicator and period. A commissioner loads the practices of their own area; an administrator any.
 */
@Stateless
@RolesAllowed({ADMIN, COMMISSIONER})
public class ProfileImport {

    /** The largest file taken: a national file of 1.7 million rows is about 60 MB. */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ProfileImport.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PracticeValuesFile files;

    @Inject
    private Caller caller;

    @Inject
    private ProfileAccess access;

    @Inject
    private AuditRecorder audit;

    @Inject
    private jakarta.enterprise.event.Event<ProfileWarmUp.ValuesImported> imported;

    /** Checks the file and, unless {@code preview}, saves it when every line is right. */
    public ImportReport load(InputStream csv, boolean preview) {
        if (csv == null) {
            throw new InvalidInputException("file", "Choose the CSV file of practice values to import.");
        }
        Long area = caller.isIn(ADMIN) ? null : access.myArea().map(Organisation::getId).orElseThrow(() ->
                new AccessRefusedException("Your account is not linked to a primary care trust, so there is no area "
                        + "whose practice data you can load."));
        Path temp = null;
        try {
            temp = Files.createTempFile("practice-values", ".csv");
            copy(csv, temp);
            PracticeValuesFile.Pass pass = files.check(temp, area);
            if (pass.problemLines > 0 || preview || pass.rows == 0) {
                if (pass.rows == 0 && pass.problemLines == 0) {
                    throw new InvalidInputException("file", "The file has no rows of values (after the heading line).");
                }
                return pass.report(false, preview, 0);
            }
            long started = System.nanoTime();
            long replaced = files.write(temp, pass);
            PracticeValuesFile.Pass done = pass;
            LOG.info(() -> String.format("Practice values imported: %d rows in %d ms", done.rows,
                    (System.nanoTime() - started) / 1_000_000));
            audit.record(AuditAction.CREATED, "practice values", null, "Practice values imported: " + pass.rows + " rows, "
                    + pass.practices.size() + " practices, " + pass.indicators.size() + " indicators, periods "
                    + String.join(", ", pass.periods) + (replaced > 0 ? "; " + replaced + " earlier values replaced" : ""));
            imported.fire(new ProfileWarmUp.ValuesImported(pass.rows));
            return pass.report(true, false, replaced);
        } catch (IOException e) {
            throw new UncheckedIOException("The practice values could not be read", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warning("Temporary import file left behind: " + temp);
                }
            }
        }
    }

    private static void copy(InputStream in, Path to) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(to)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new InvalidInputException("file", "The file is larger than " + MAX_BYTES / 1024 / 1024
                            + " MB. Split it by period and import the parts.");
                }
                out.write(buffer, 0, n);
            }
        }
    }

}
