package org.clinlead.portal.interests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person types to declare or amend an interest; the entity checks the rules between fields. */
public record InterestDraft(
        @NotNull(message = "{interest.type.required}") InterestType type,
        Long organisationId,
        @Size(max = Declaration.NAME_MAX, message = "{interest.outsideBody.size}") String outsideBody,
        @Size(max = Declaration.NAME_MAX, message = "{interest.relatedPerson.size}") String relatedPerson,
        @NotBlank(message = "{interest.description.required}")
        @Size(max = Declaration.TEXT_MAX, message = "{interest.description.size}") String description,
        @NotNull(message = "{interest.fromDate.required}") LocalDate fromDate,
        LocalDate toDate,
        @NotBlank(message = "{interest.actionTaken.required}")
        @Size(max = Declaration.TEXT_MAX, message = "{interest.actionTaken.size}") String actionTaken) {
}
