package org.clinlead.portal.commissioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.clinlead.portal.shared.InvalidInputException;

/** Either side's proposal to vary one indicator of an agreed scheme, and the other side's agreement. */
@Named
@ViewScoped
public class VariationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBacking contract;

    @Inject
    private Variations variations;

    private Long indicatorId;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private BigDecimal weight;
    private String reason;

    public String propose() {
        return contract.act("variation", () -> {
            if (indicatorId == null) {
                throw new InvalidInputException("indicatorId", "Choose the indicator to vary.");
            }
            variations.propose(contract.getId(), contract.getPage().contract().version(), contract.getPage().can().varyAs(),
                    reason, Map.of(indicatorId, new SchemeVariation.Wanted(minimum, maximum, weight)));
        }, "The variation is proposed; it applies once the other side agrees.");
    }

    public String agree(VariationView v) {
        return contract.act("variations", () -> variations.agree(v.id(), v.version(), contract.getPage().can().varyAs()),
                "Variation " + v.number() + " is agreed and applies from now.");
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public void setMinimum(BigDecimal minimum) {
        this.minimum = minimum;
    }

    public BigDecimal getMaximum() {
        return maximum;
    }

    public void setMaximum(BigDecimal maximum) {
        this.maximum = maximum;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
