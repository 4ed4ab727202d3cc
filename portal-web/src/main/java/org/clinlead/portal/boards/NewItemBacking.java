package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.clinlead.portal.organisations.ChosenOrganisations;

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

    private String title;

    private Purpose purpose;

    private String presenter;

    private boolean confidential;

    private List<String> aims = new ArrayList<>();

    private final ChosenOrganisations concerned = new ChosenOrganisations();

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

    public ChosenOrganisations getConcerned() {
        return concerned;
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
                new LinkedHashSet<>(aims), new LinkedHashSet<>(concerned.ids()), cquinContractId, null)),
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
