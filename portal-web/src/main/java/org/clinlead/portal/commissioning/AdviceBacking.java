package org.clinlead.portal.commissioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A senior clinical lead's advice on an indicator of their pathway (stating how a declared interest is managed). */
@Named
@ViewScoped
public class AdviceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBacking contract;

    @Inject
    private ClinicalAdvice clinicalAdvice;

    private Long indicatorId;
    private AdvicePosition position;
    private String advice;
    private String handling;

    public String advise() {
        return contract.act("advice", () -> {
            if (indicatorId == null) {
                throw new org.clinlead.portal.shared.InvalidInputException("indicatorId", "Choose the indicator you advise on.");
            }
            clinicalAdvice.advise(indicatorId, position, advice, handling);
        }, "Your advice is recorded with the indicator.");
    }

    public AdvicePosition[] getPositions() {
        return AdvicePosition.values();
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public AdvicePosition getPosition() {
        return position;
    }

    public void setPosition(AdvicePosition position) {
        this.position = position;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }
}
