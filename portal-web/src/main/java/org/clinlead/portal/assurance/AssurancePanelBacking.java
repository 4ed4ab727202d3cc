package org.clinlead.portal.assurance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The panel's forms: members and chair (the regional team); a member's statement of interest, or stepping down. */
@Named
@ViewScoped
public class AssurancePanelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssuranceBacking page;

    @Inject
    private AssurancePanels panels;

    private List<Long> memberIds = new ArrayList<>();
    private Long chairId;
    private String handling;

    @PostConstruct
    void init() {
        AssuranceReviewView r = page.getReview();
        if (r != null) {
            r.panel().forEach(m -> memberIds.add(m.clinicianId()));
            r.panel().stream().filter(AssuranceReviewView.AssuranceSeat::chair).findFirst().ifPresent(m -> chairId = m.clinicianId());
        }
    }

    public String setPanel() {
        return page.act("panelForm", () -> panels.setPanel(page.getId(), memberIds, chairId, page.version()),
                "The panel is set; its members are told.");
    }

    public String stateInterest() {
        return page.act("interest", () -> panels.stateInterest(page.getId(), handling, page.version()),
                "Your declared interest and how it is managed are recorded with the review.");
    }

    public String stepDown() {
        return page.act("stepDown", () -> panels.stepDown(page.getId(), page.version()), "You have stepped down from the panel.");
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
