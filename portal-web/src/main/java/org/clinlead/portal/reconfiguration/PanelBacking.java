package org.clinlead.portal.reconfiguration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The panel's forms: the regional team's choice of members and chair; a member's statement of interest, or stepping down. */
@Named
@ViewScoped
public class PanelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReconfigurationBacking page;

    @Inject
    private ClinicalReviews reviews;

    private List<Long> memberIds = new ArrayList<>();
    private Long chairId;
    private String handling;

    @PostConstruct
    void init() {
        ReconfigurationView p = page.getProposal();
        if (p != null) {
            p.panel().forEach(m -> memberIds.add(m.clinicianId()));
            p.panel().stream().filter(ReconfigurationView.PanelSeat::chair).findFirst().ifPresent(m -> chairId = m.clinicianId());
        }
    }

    public String setPanel() {
        boolean opens = page.getProposal().stage() == Stage.SUBMITTED;
        return page.act("panel", () -> reviews.setPanel(page.getId(), memberIds, chairId, page.version()),
                opens ? "The panel is set and the clinical review is open. Its members are told." : "The panel is changed.");
    }

    public String stateInterest() {
        return page.act("interest", () -> reviews.stateInterest(page.getId(), handling, page.version()),
                "Your declared interest and how it is managed are recorded with the review.");
    }

    public String stepDown() {
        return page.act("stepDown", () -> reviews.stepDown(page.getId(), page.version()),
                "You have stepped down from the panel. The regional team is told.");
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds;
    }

    public Long getChairId() {
        return chairId;
    }

    public void setChairId(Long chairId) {
        this.chairId = chairId;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }
}
