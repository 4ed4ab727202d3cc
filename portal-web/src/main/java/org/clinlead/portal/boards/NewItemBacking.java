package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.clinlead.portal.organisations.OrganisationDirectory;
import org.clinlead.portal.organisations.OrganisationSummary;

/**
 * The secretary's form for a new agenda item on the meeting page.
 */
@Named
@ViewScoped
public class NewItemBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking meeting;

    @Inject
    private Agendas agendas;

    @Inject
    private OrganisationDirectory organisations;

    private String title;

    private Purpose purpose;

    private String presenter;

    private boolean confidential;

    private List<String> aims = new ArrayList<>();

    private List<Long> organisationIds = new ArrayList<>();

    private List<OrganisationSummary> organisationChoices;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims;
    }

    public List<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(List<Long> organisationIds) {
        this.organisationIds = organisationIds;
    }

    public List<OrganisationSummary> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = organisations.choices();
        }
        return organisationChoices;
    }

    @Inject
    private org.clinlead.portal.commissioning.Contracts contracts;

    private Long cquinContractId;

    private java.util.List<org.clinlead.portal.commissioning.ContractSummary> schemeChoices;

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public String addItem() {
        return meeting.act("item", () -> agendas.addItem(meeting.getId(), new ItemDraft(title, purpose, presenter, confidential,
                new LinkedHashSet<>(aims), new LinkedHashSet<>(organisationIds), cquinContractId, null)),
                "The item is on the agenda.");
    }

    /** The CQUIN schemes of the board's pathway the caller may see, to link the item to one. */
    public java.util.List<org.clinlead.portal.commissioning.ContractSummary> getSchemeChoices() {
        if (schemeChoices == null) {
            String pathway = meeting.getPage().board().pathwayCode();
            schemeChoices = pathway == null ? java.util.List.of() : contracts.ofPathway(pathway);
        }
        return schemeChoices;
    }

    public Long getCquinContractId() {
        return cquinContractId;
    }

    public void setCquinContractId(Long cquinContractId) {
        this.cquinContractId = cquinContractId;
    }
}
