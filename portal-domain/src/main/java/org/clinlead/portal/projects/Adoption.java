package org.clinlead.portal.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.shared.Check;

/** An organisation that adopted a project's change, and when: spread named and dated, not only claimed. */
@Entity
@Table(name = "project_adoption")
public class Adoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private ChangeProject project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    protected Adoption() {
    }

    public Adoption(ChangeProject project, Organisation organisation, LocalDate adoptedOn, LocalDate today, String by) {
        new Check().require(organisation != null, "organisationId", "Choose the organisation that adopted the change.")
                .require(adoptedOn != null, "adoptedOn", "Give the date the organisation adopted the change.")
                .require(adoptedOn == null || !adoptedOn.isAfter(today), "adoptedOn", "The adoption date cannot be in the future.")
                .orThrow();
        this.project = project;
        this.organisation = organisation;
        this.adoptedOn = adoptedOn;
        this.recordedBy = by;
    }

    /** Adoption by another organisation is spread across organisations; by the project's own, across the organisation. */
    public SpreadLevel level() {
        return organisation.getId().equals(project.getOrganisation().getId()) ? SpreadLevel.ACROSS_ORGANISATION
                : SpreadLevel.ACROSS_ORGANISATIONS;
    }

    public Long getId() {
        return id;
    }

    public ChangeProject getProject() {
        return project;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }
}
