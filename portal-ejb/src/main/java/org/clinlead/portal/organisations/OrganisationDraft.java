package org.clinlead.portal.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person types to register or amend an organisation. Bean Validation checks its shape (limits
 * shared with the columns); the entity checks the rules between fields (the code's shape per type).
 */
public record OrganisationDraft(
        @NotBlank(message = "{organisation.name.required}")
        @Size(max = Organisation.NAME_MAX, message = "{organisation.name.size}") String name,
        @NotNull(message = "{organisation.type.required}") OrganisationType type,
        @NotBlank(message = "{organisation.nationalCode.required}")
        @Size(max = Organisation.CODE_MAX, message = "{organisation.nationalCode.size}") String nationalCode) {
}
