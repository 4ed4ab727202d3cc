package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.LocalDate;

/** A board member: explicit (added by the secretary) or a senior clinical lead in post for the board's pathway. */
public record MemberView(Long membershipId, long clinicianId, String name, String organisation, String role,
        boolean voting, boolean lead, LocalDate fromDate, LocalDate toDate) implements Serializable {
}
