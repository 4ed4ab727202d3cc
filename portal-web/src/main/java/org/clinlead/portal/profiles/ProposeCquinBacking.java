package org.clinlead.portal.profiles;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.clinlead.portal.commissioning.ContractSummary;
import org.clinlead.portal.commissioning.Contracts;
import org.clinlead.portal.commissioning.Improvement;
import org.clinlead.portal.commissioning.IndicatorDraft;
import org.clinlead.portal.commissioning.QualityDomain;
import org.clinlead.portal.commissioning.Schemes;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shell.Feedback;

/**
 * From a practice indicator to a CQUIN indicator: the commissioner chooses one of their draft schemes and the
 * thresholds and weight; the rest (name, rationale, pathway, how it is counted, which way is better, aims) comes from
 * the practice indicator, which the CQUIN indicator keeps as its origin — each page then links to the other.
 */
@Named
@ViewScoped
public class ProposeCquinBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Contracts contracts;

    @Inject
    private Schemes schemes;

    @Inject
    private IndicatorBacking indicator;

    private List<ContractSummary> drafts;
    private Long contractId;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private BigDecimal weight;
    private Improvement improvement;

    /** The draft schemes the caller may add to (a commissioner's own; every one for an administrator). */
    public List<ContractSummary> getDrafts() {
        if (drafts == null) {
            drafts = contracts.search(new PageRequest(0, 100, "reference", true, Map.of("status", "DRAFT"))).items();
        }
        return drafts;
    }

    /** Built on this indicator already, on contracts the caller may see. */
    public List<Schemes.BasedOnProfile> getBuilt() {
        return schemes.basedOnProfile(indicator.getFunnel().indicator().code());
    }

    public Improvement getImprovement() {
        if (improvement == null && indicator.getFunnel() != null) {
            improvement = indicator.getFunnel().indicator().polarity() == Polarity.LOWER_IS_BETTER
                    ? Improvement.LOWER_IS_BETTER : Improvement.HIGHER_IS_BETTER;
        }
        return improvement;
    }

    public Improvement[] getImprovements() {
        return Improvement.values();
    }

    public String propose() {
        IndicatorSummary i = indicator.getFunnel().indicator();
        boolean proportion = i.kind() == IndicatorKind.PROPORTION;
        boolean[] done = {false};
        Feedback.attempt("cquin", () -> {
            if (contractId == null) {
                throw new org.clinlead.portal.shared.InvalidInputException("contractId", "Choose the draft scheme to add it to.");
            }
            schemes.addIndicator(contractId, new IndicatorDraft(i.name(), "Proposed from the practice profiles: "
                    + i.definition(), QualityDomain.EFFECTIVENESS, i.pathwayCode(), proportion,
                    proportion ? "Counted as in the practice profile indicator " + i.code() + " (numerator)" : null,
                    proportion ? "Counted as in the practice profile indicator " + i.code() + " (denominator)" : null,
                    proportion ? null : "per 1,000 patients", getImprovement(), minimum, maximum, weight, null,
                    new TreeSet<>(i.aims()), i.code()));
            done[0] = true;
        }, "Added to the scheme as a CQUIN indicator; the pathway's leads are asked for their advice.", null);
        return done[0] ? "/commissioning/contract?faces-redirect=true&id=" + contractId : null;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
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

    public void setImprovement(Improvement improvement) {
        this.improvement = improvement;
    }
}
