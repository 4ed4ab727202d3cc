package org.clinlead.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinlead.portal.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfessionalRegistrationTest {

    @ParameterizedTest
    @CsvSource({"GMC,1234567", "GMC,' 7 654 321 '", "NMC,12A3456E", "NMC,98x7654z", "HCPC,PH123456", "HCPC,ot12345",
        "GPHC,2071234", "GDC,81234", "GDC,7"})
    void acceptsNumbersOfTheRightShape(RegistrationBody body, String number) {
        assertThat(ProfessionalRegistration.problem(body, number)).isEmpty();
        assertThat(ProfessionalRegistration.of(body, number).getNumber()).doesNotContain(" ").isUpperCase();
    }

    @ParameterizedTest
    @CsvSource({"GMC,123456", "GMC,12345678", "GMC,123456A", "NMC,1234567", "NMC,12A3456", "NMC,A2A3456E",
        "HCPC,123456", "HCPC,PH1234", "GPHC,20712345", "GDC,1234567", "GMC,''"})
    void refusesNumbersOfTheWrongShapeSayingWhatTheShapeIs(RegistrationBody body, String number) {
        assertThat(ProfessionalRegistration.problem(body, number)).hasValueSatisfying(error -> {
            assertThat(error.field()).isEqualTo("registrationNumber");
            assertThat(error.message()).containsAnyOf(body.shape(), "required");
        });
        assertThatThrownBy(() -> ProfessionalRegistration.of(body, number)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @CsvSource({"DOCTOR,GMC,true", "DOCTOR,NMC,false", "NURSE,NMC,true", "MIDWIFE,NMC,true", "NURSE,GMC,false",
        "ALLIED_HEALTH_PROFESSIONAL,HCPC,true", "PHARMACIST,GPHC,true", "DENTIST,GDC,true", "DENTIST,GMC,false"})
    void eachProfessionIsRegisteredByItsOwnBody(Profession profession, RegistrationBody body, boolean registers) {
        assertThat(profession.registeredBy(body)).isEqualTo(registers);
    }
}
