package org.clinlead.portal.commissioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.clinlead.portal.aims.PathwaySummary;
import org.clinlead.portal.aims.Strategy;

/** The commissioner's form for an indicator of a scheme in draft. */
@Named
@ViewScoped
public class NewIndicatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBacking contract;

    @Inject
    private Schemes schemes;

    @Inject
    private Strategy strategy;

    private List<PathwaySummary> pathways;
    private String name;
    private String rationale;
    private QualityDomain domain;
    private String pathwayCode;
    private boolean proportion = true;
    private String unit;
    private Improvement improvement = Improvement.HIGHER_IS_BETTER;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private BigDecimal weight;
    private boolean reportOnlyUntilYearEnd;
    private String numeratorDefinition;
    private String denominatorDefinition;
    private List<String> aims = new java.util.ArrayList<>(List.of("C"));

    public String getNumeratorDefinition() {
        return numeratorDefinition;
    }

    public void setNumeratorDefinition(String numeratorDefinition) {
        this.numeratorDefinition = numeratorDefinition;
    }

    public String getDenominatorDefinition() {
        return denominatorDefinition;
    }

    public void setDenominatorDefinition(String denominatorDefinition) {
        this.denominatorDefinition = denominatorDefinition;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims == null ? new java.util.ArrayList<>() : aims;
    }

    public boolean isReportOnlyUntilYearEnd() {
        return reportOnlyUntilYearEnd;
    }

    public void setReportOnlyUntilYearEnd(boolean reportOnlyUntilYearEnd) {
        this.reportOnlyUntilYearEnd = reportOnlyUntilYearEnd;
    }

    public String add() {
        return contract.act("indicator", () -> schemes.addIndicator(contract.getId(), new IndicatorDraft(name, rationale,
                domain, pathwayCode, proportion, numeratorDefinition, denominatorDefinition, unit, improvement, minimum,
                maximum, weight,
                reportOnlyUntilYearEnd ? java.util.stream.IntStream.rangeClosed(1, 3)
                        .mapToObj(q -> new MilestoneDraft(q, true, null, null)).toList() : null,
                new java.util.TreeSet<>(aims), null)),
                "The indicator is added; the pathway's senior clinical leads are asked for their advice.");
    }

    public List<PathwaySummary> getPathways() {
        if (pathways == null) {
            pathways = strategy.pathways();
        }
        return pathways;
    }

    public QualityDomain[] getDomains() {
        return QualityDomain.values();
    }

    public Improvement[] getImprovements() {
        return Improvement.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public QualityDomain getDomain() {
        return domain;
    }

    public void setDomain(QualityDomain domain) {
        this.domain = domain;
    }

    public String getPathwayCode() {
        return pathwayCode;
    }

    public void setPathwayCode(String pathwayCode) {
        this.pathwayCode = pathwayCode;
    }

    public boolean isProportion() {
        return proportion;
    }

    public void setProportion(boolean proportion) {
        this.proportion = proportion;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Improvement getImprovement() {
        return improvement;
    }

    public void setImprovement(Improvement improvement) {
        this.improvement = improvement;
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
}
