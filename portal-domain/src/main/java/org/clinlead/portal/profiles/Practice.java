package org.clinlead.portal.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.shared.Check;

/**
 * A GP practice as the profiles see it: the organisation (a letter and five digits), the commissioner whose area
 * it is in, and its registered list size (the denominator of the rates, and how peers of a similar size are found).
 */
@Entity
@Table(name = "gp_practice")
public class Practice {

    public static final int LIST_MAX = 200_000;

    @Id
    @Column(name = "organisation_id")
    private Long id;

    @Version
    private long version;

    @MapsId
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "commissioner_id", nullable = false)
    private Organisation commissioner;

    @Column(name = "list_size", nullable = false)
    private int listSize;

    protected Practice() {
    }

    public Practice(Organisation organisation, Organisation commissioner, int listSize) {
        new Check()
                .require(organisation != null && organisation.getType() == OrganisationType.GP_PRACTICE, "organisation",
                        "Choose a GP practice.")
                .require(commissioner != null && commissioner.getType() == OrganisationType.PRIMARY_CARE_TRUST,
                        "commissioner", "A practice is in the area of a primary care trust.")
                .orThrow();
        this.organisation = organisation;
        this.commissioner = commissioner;
        resize(listSize);
    }

    public final void resize(int listSize) {
        new Check().require(listSize > 0 && listSize <= LIST_MAX, "listSize",
                "The registered list size is a whole number from 1 to " + LIST_MAX + ".").orThrow();
        this.listSize = listSize;
    }

    /** The organisation's id (also before the practice has been written, when the shared key is not yet copied). */
    public Long getId() {
        return id != null ? id : organisation.getId();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Organisation getCommissioner() {
        return commissioner;
    }

    public int getListSize() {
        return listSize;
    }

    public String getCode() {
        return organisation.getNationalCode();
    }

    public String getName() {
        return organisation.getName();
    }
}
