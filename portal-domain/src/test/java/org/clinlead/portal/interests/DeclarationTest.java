package org.clinlead.portal.interests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Profession;
import org.clinlead.portal.people.RegistrationBody;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class DeclarationTest {

    private final LocalDate today = LocalDate.of(2026, 11, 23);
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Organisation trust = new Organisation("Fernley Hospitals NHS Trust", OrganisationType.ACUTE_TRUST, "RZF");
    private final Clinician clinician = new Clinician("Jo", "Bloggs", Profession.DOCTOR, RegistrationBody.GMC, "1234567",
            trust, "jo@example.nhs.uk");

    private Declaration interest(LocalDate from, LocalDate to) {
        return Declaration.interest(clinician, new InterestDetails(InterestType.FINANCIAL, null, "Acme Diagnostics Ltd",
                null, "Shares", from, to, "Declared; withdraws"), now);
    }

    @Test
    void anInterestNeedsItsTypeSubjectDescriptionStartAndAction() {
        assertThatThrownBy(() -> Declaration.interest(clinician, new InterestDetails(null, null, " ", null, "", null, null,
                null), now))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("type", "organisationId", "description", "fromDate", "actionTaken"));
    }

    @Test
    void theSubjectIsAnOrganisationOrAnOutsideBodyNotBoth() {
        assertThatThrownBy(() -> Declaration.interest(clinician, new InterestDetails(InterestType.FINANCIAL, trust,
                "Acme", null, "Shares", today, null, "Declared"), now))
                .hasMessageContaining("not both");
    }

    @Test
    void anIndirectInterestNamesThePersonWhoHoldsIt() {
        assertThatThrownBy(() -> Declaration.interest(clinician, new InterestDetails(InterestType.INDIRECT, trust, null,
                null, "Spouse works there", today, null, "Declared"), now))
                .hasMessageContaining("relative or close associate");
    }

    @Test
    void datesMustBeInOrder() {
        assertThatThrownBy(() -> interest(today, today.minusDays(1))).hasMessageContaining("cannot be before");
        Declaration d = interest(today.minusYears(1), null);
        assertThatThrownBy(() -> d.end(today.minusYears(2))).hasMessageContaining("cannot be before");
    }

    @Test
    void anInterestIsLiveFromItsStartUntilItsEnd() {
        Declaration d = interest(today.minusYears(1), null);
        assertThat(d.isLiveOn(today)).isTrue();
        assertThat(d.isLiveOn(today.minusYears(2))).isFalse();
        d.end(today.minusDays(1));
        assertThat(d.isLiveOn(today)).isFalse();
        assertThat(Declaration.nilReturn(clinician, 2026, now).isLiveOn(today)).isFalse();
    }

    @Test
    void aNilReturnCannotBeAmendedOrEnded() {
        Declaration nil = Declaration.nilReturn(clinician, 2026, now);
        assertThatThrownBy(() -> nil.end(today)).isInstanceOf(RuleViolationException.class);
        assertThat(nil.summary()).isEqualTo("Nil return for 2026");
    }

    @Test
    void currentAndRecentlyEndedInterestsArePublicUnlessWithheld() {
        assertThat(Publication.isPublic(interest(today.minusYears(1), null), today)).isTrue();
        assertThat(Publication.isPublic(interest(today.minusYears(1), today.minusMonths(6)), today)).isTrue();
        assertThat(Publication.isPublic(interest(today.minusYears(1), today.minusMonths(6).minusDays(1)), today)).isFalse();
        Declaration withheld = interest(today.minusYears(1), null);
        withheld.withhold("Safety");
        assertThat(Publication.isPublic(withheld, today)).isFalse();
        withheld.publish();
        assertThat(Publication.isPublic(withheld, today)).isTrue();
        assertThat(Publication.isPublic(Declaration.nilReturn(clinician, 2026, now), today)).isTrue();
        assertThat(Publication.isPublic(Declaration.nilReturn(clinician, 2025, now), today)).isFalse();
    }

    @Test
    void recordsAreDueForDisposalSixYearsAfterTheyEnd() {
        assertThat(Publication.isDueForDisposal(interest(today.minusYears(10), today.minusYears(6).minusDays(1)), today)).isTrue();
        assertThat(Publication.isDueForDisposal(interest(today.minusYears(10), today.minusYears(5)), today)).isFalse();
        assertThat(Publication.isDueForDisposal(interest(today.minusYears(10), null), today)).isFalse();
        assertThat(Publication.isDueForDisposal(Declaration.nilReturn(clinician, 2019, now), today)).isTrue();
    }

    @Test
    void withholdingNeedsAReason() {
        assertThatThrownBy(() -> interest(today, null).withhold(" ")).hasMessageContaining("reason");
    }
}
