package org.clinlead.portal.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;

/** A member of a vacancy's appointment panel; one member chairs it. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    public static final String CHAIR = "CHAIR";
    public static final String MEMBER = "MEMBER";
    public static final int MIN_SIZE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id", nullable = false, updatable = false)
    private Vacancy vacancy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    // A string rather than a boolean: EclipseLink's Derby platform cannot compare BOOLEAN columns in queries.
    @Column(name = "panel_role", nullable = false, length = 10)
    private String role;

    protected PanelMember() {
    }

    public PanelMember(Vacancy vacancy, Clinician clinician, boolean chair) {
        this.vacancy = vacancy;
        this.clinician = clinician;
        this.role = chair ? CHAIR : MEMBER;
    }

    /** Whether {@code clinician} chairs {@code panel}. */
    public static boolean chairedBy(List<PanelMember> panel, Clinician clinician) {
        return clinician != null && panel.stream()
                .anyMatch(m -> m.isChair() && m.getClinician().getId().equals(clinician.getId()));
    }

    /** Refuses anyone but the chair: "Only the panel chair {@code doesWhat}." */
    public static void requireChair(List<PanelMember> panel, Clinician clinician, String doesWhat) {
        if (!chairedBy(panel, clinician)) {
            throw new AccessRefusedException("Only the panel chair " + doesWhat + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public boolean isChair() {
        return CHAIR.equals(role);
    }
}
