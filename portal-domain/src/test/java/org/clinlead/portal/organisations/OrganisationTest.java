package org.clinlead.portal.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinlead.portal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationTest {

    @ParameterizedTest
    @CsvSource({"ACUTE_TRUST,RX1", "ACUTE_TRUST,' rxa '", "MENTAL_HEALTH_TRUST,RZM", "PRIMARY_CARE_TRUST,5NY",
        "GP_PRACTICE,B82001", "STRATEGIC_HEALTH_AUTHORITY,Q32", "OTHER,UNORTHD"})
    void acceptsTheCodeShapeOfItsType(OrganisationType type, String code) {
        Organisation organisation = new Organisation("A body", type, code);
        assertThat(organisation.getNationalCode()).isEqualTo(code.strip().toUpperCase());
    }

    @ParameterizedTest
    @CsvSource({"ACUTE_TRUST,5NY", "PRIMARY_CARE_TRUST,RX1", "GP_PRACTICE,B8200", "GP_PRACTICE,882001",
        "STRATEGIC_HEALTH_AUTHORITY,R32", "OTHER,AB"})
    void refusesACodeOfTheWrongShapeSayingWhichShapeItNeeds(OrganisationType type, String code) {
        assertThatThrownBy(() -> new Organisation("A body", type, code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(type.codeShape());
    }

    @Test
    void messagesNameTheTypeAsASentenceWould() {
        assertThatThrownBy(() -> new Organisation("A body", OrganisationType.GP_PRACTICE, "12345"))
                .hasMessage("The national code of a GP practice is a letter and 5 digits, e.g. B82001.");
        assertThatThrownBy(() -> new Organisation("A body", OrganisationType.ACUTE_TRUST, "12345"))
                .hasMessageStartingWith("The national code of an acute trust is");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> new Organisation(" ", null, ""))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("name", "type", "nationalCode"));
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        assertThatThrownBy(() -> new Organisation("x".repeat(Organisation.NAME_MAX + 1), OrganisationType.OTHER, "ABC"))
                .hasMessageContaining("at most 200");
    }
}
