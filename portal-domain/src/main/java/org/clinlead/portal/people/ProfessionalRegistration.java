package org.clinlead.portal.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Optional;
import org.clinlead.portal.shared.FieldError;

/** A registration with a professional regulator: the body and the number, checked for shape per body. */
@Embeddable
public class ProfessionalRegistration {

    public static final int NUMBER_MAX = 12;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_body", nullable = false, length = 10)
    private RegistrationBody body;

    @Column(name = "registration_number", nullable = false, length = NUMBER_MAX)
    private String number;

    protected ProfessionalRegistration() {
    }

    private ProfessionalRegistration(RegistrationBody body, String number) {
        this.body = body;
        this.number = number;
    }

    /** The number as registers print it: no spaces, upper case. */
    public static String normalise(String number) {
        return number == null ? "" : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Why this body and number cannot stand as a registration, or empty if they can. */
    public static Optional<FieldError> problem(RegistrationBody body, String number) {
        if (body == null) {
            return Optional.of(new FieldError("registrationBody", "Choose the body the clinician is registered with."));
        }
        String normalised = normalise(number);
        if (normalised.isEmpty()) {
            return Optional.of(new FieldError("registrationNumber", "The registration number is required."));
        }
        if (!body.accepts(normalised)) {
            return Optional.of(new FieldError("registrationNumber",
                    "A " + body.name() + " registration number is " + body.shape() + "."));
        }
        return Optional.empty();
    }

    public static ProfessionalRegistration of(RegistrationBody body, String number) {
        problem(body, number).ifPresent(error -> {
            throw new org.clinlead.portal.shared.InvalidInputException(java.util.List.of(error));
        });
        return new ProfessionalRegistration(body, normalise(number));
    }

    public RegistrationBody getBody() {
        return body;
    }

    public String getNumber() {
        return number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProfessionalRegistration r && r.body == body && r.number.equals(number);
    }

    @Override
    public int hashCode() {
        return body.hashCode() * 31 + number.hashCode();
    }

    @Override
    public String toString() {
        return body.name() + " " + number;
    }
}
