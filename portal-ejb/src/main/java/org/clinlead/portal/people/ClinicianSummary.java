package org.clinlead.portal.people;

import java.io.Serializable;

/** A clinician as the views and the API show them. */
public record ClinicianSummary(long id, long version, String givenName, String familyName, String displayName,
        Profession profession, String professionLabel, RegistrationBody registrationBody, String registrationNumber,
        long organisationId, String organisationName, String email) implements Serializable {

    static ClinicianSummary of(Clinician c) {
        return new ClinicianSummary(c.getId(), c.getVersion(), c.getGivenName(), c.getFamilyName(), c.getDisplayName(),
                c.getProfession(), c.getProfession().label(), c.getRegistration().getBody(),
                c.getRegistration().getNumber(), c.getOrganisation().getId(), c.getOrganisation().getName(), c.getEmail());
    }
}
