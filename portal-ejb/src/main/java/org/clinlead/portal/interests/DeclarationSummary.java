package org.clinlead.portal.interests;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A declaration as its owner and administrators see it. */
public record DeclarationSummary(long id, long version, long clinicianId, String clinicianName, boolean nilReturn,
        int year, InterestType type, String typeLabel, Long organisationId, String concerning, String relatedPerson,
        String description, LocalDate fromDate, LocalDate toDate, String actionTaken, boolean withheld,
        Instant declaredAt) implements Serializable {

    public static DeclarationSummary of(Declaration d) {
        return new DeclarationSummary(d.getId(), d.getVersion(), d.getClinician().getId(),
                d.getClinician().getDisplayName(), d.isNilReturn(), d.getYear(), d.getType(),
                d.getType() == null ? null : d.getType().label(),
                d.getOrganisation() == null ? null : d.getOrganisation().getId(), concerning(d), d.getRelatedPerson(),
                d.getDescription(), d.getFromDate(), d.getToDate(), d.getActionTaken(), d.isWithheld(), d.getDeclaredAt());
    }

    static String concerning(Declaration d) {
        return d.getOrganisation() != null ? d.getOrganisation().getName() : d.getOutsideBody();
    }
}
