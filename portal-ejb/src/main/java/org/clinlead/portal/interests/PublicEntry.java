package org.clinlead.portal.interests;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the public register: only what a public body publishes (no ids of accounts, no withheld reasons). */
public record PublicEntry(String name, String profession, String organisation, String declaration, String type,
        String concerning, String description, LocalDate fromDate, LocalDate toDate, String actionTaken)
        implements Serializable {

    static PublicEntry of(Declaration d) {
        var c = d.getClinician();
        return new PublicEntry(c.getDisplayName(), c.getProfession().label(), c.getOrganisation().getName(),
                d.isNilReturn() ? "Nil return " + d.getYear() : "Interest",
                d.getType() == null ? null : d.getType().label(), DeclarationSummary.concerning(d),
                d.getDescription(), d.getFromDate(), d.getToDate(), d.getActionTaken());
    }
}
