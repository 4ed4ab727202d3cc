package org.clinlead.portal.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person types to register or amend a clinician. Bean Validation checks its shape (limits
 * shared with the columns); the entity checks that the number fits the body and the body the profession.
 */
public record ClinicianDraft(
        @NotBlank(message = "{clinician.givenName.required}")
        @Size(max = Clinician.NAME_MAX, message = "{clinician.givenName.size}") String givenName,
        @NotBlank(message = "{clinician.familyName.required}")
        @Size(max = Clinician.NAME_MAX, message = "{clinician.familyName.size}") String familyName,
        @NotNull(message = "{clinician.profession.required}") Profession profession,
        @NotNull(message = "{clinician.registrationBody.required}") RegistrationBody registrationBody,
        @NotBlank(message = "{clinician.registrationNumber.required}")
        @Size(max = ProfessionalRegistration.NUMBER_MAX, message = "{clinician.registrationNumber.size}") String registrationNumber,
        @NotNull(message = "{clinician.organisationId.required}") Long organisationId,
        @NotBlank(message = "{clinician.email.required}")
        @Size(max = Clinician.EMAIL_MAX, message = "{clinician.email.size}")
        @Email(message = "{clinician.email.format}") String email) {
}
