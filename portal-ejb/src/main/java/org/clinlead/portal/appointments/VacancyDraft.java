package org.clinlead.portal.appointments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a medical director types to open a vacancy: a seat (by id, or the first free seat of a pathway or
 * programme by its code), the closing date, a summary, the criteria candidates are scored on, extra aims.
 */
public record VacancyDraft(
        Long seatId,
        String area,
        @NotNull(message = "{vacancy.closingDate.required}") LocalDate closingDate,
        @NotBlank(message = "{vacancy.summary.required}")
        @Size(max = Vacancy.SUMMARY_MAX, message = "{vacancy.summary.size}") String summary,
        List<String> criteria,
        Set<String> aims) {
}
