package org.clinlead.portal.people;

/** What a person types to register or amend a clinician. The entity checks it. */
public record ClinicianDraft(String givenName, String familyName, Profession profession,
        RegistrationBody registrationBody, String registrationNumber, Long organisationId, String email) {
}
