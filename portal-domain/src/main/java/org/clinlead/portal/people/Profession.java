package org.clinlead.portal.people;

import java.util.Set;

/** A clinician's profession and the bodies that may register it. */
public enum Profession {

    DOCTOR("Doctor", Set.of(RegistrationBody.GMC)),
    NURSE("Nurse", Set.of(RegistrationBody.NMC)),
    MIDWIFE("Midwife", Set.of(RegistrationBody.NMC)),
    ALLIED_HEALTH_PROFESSIONAL("Allied health professional", Set.of(RegistrationBody.HCPC)),
    PHARMACIST("Pharmacist", Set.of(RegistrationBody.GPHC)),
    DENTIST("Dentist", Set.of(RegistrationBody.GDC)),
    HEALTHCARE_SCIENTIST("Healthcare scientist", Set.of(RegistrationBody.HCPC));

    private final String label;
    private final Set<RegistrationBody> bodies;

    Profession(String label, Set<RegistrationBody> bodies) {
        this.label = label;
        this.bodies = bodies;
    }

    public String label() {
        return label;
    }

    public boolean registeredBy(RegistrationBody body) {
        return bodies.contains(body);
    }

    public Set<RegistrationBody> bodies() {
        return bodies;
    }
}
