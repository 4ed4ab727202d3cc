package org.clinlead.portal.interests;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A line of the internal register for administrators and medical directors: every declaration, with
 * whether it is public, withheld (the reason only for administrators) or due for disposal.
 */
public record RegisterLine(long id, long version, String clinicianName, String organisation, boolean nilReturn,
        int year, String typeLabel, String concerning, String description, LocalDate fromDate, LocalDate toDate,
        String actionTaken, boolean onPublicRegister, boolean withheld, String withheldReason, boolean dueForDisposal)
        implements Serializable {

    static RegisterLine of(Declaration d, LocalDate today, boolean showReason) {
        return new RegisterLine(d.getId(), d.getVersion(), d.getClinician().getDisplayName(),
                d.getClinician().getOrganisation().getName(), d.isNilReturn(), d.getYear(),
                d.getType() == null ? null : d.getType().label(), DeclarationSummary.concerning(d), d.getDescription(),
                d.getFromDate(), d.getToDate(), d.getActionTaken(), Publication.isPublic(d, today), d.isWithheld(),
                showReason ? d.getWithheldReason() : null, Publication.isDueForDisposal(d, today));
    }
}
