package org.clinlead.portal.profiles;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.aims.AimSummary;
import org.clinlead.portal.aims.PathwaySummary;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.shell.Feedback;

/** An administrator's form for a new indicator of the catalogue. */
@Named
@ViewScoped
public class NewProfileIndicatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileCatalogue catalogue;

    @Inject
    private Strategy strategy;

    private String code;
    private String name;
    private String definition;
    private IndicatorKind kind = IndicatorKind.PROPORTION;
    private Polarity polarity = Polarity.HIGHER_IS_BETTER;
    private String source;
    private PeriodType periodType = PeriodType.QUARTER;
    private String pathwayCode;
    private List<String> aims = new ArrayList<>(List.of("C"));

    public String create() {
        return Feedback.attempt("newIndicator", () -> catalogue.create(new ProfileIndicatorDraft(code, name, definition, kind,
                polarity, source, periodType, pathwayCode, aims)), "The indicator is in the catalogue; its values can be "
                + "imported now.", "/profiles/index?faces-redirect=true");
    }

    public List<PathwaySummary> getPathways() {
        return strategy.pathways();
    }

    public List<AimSummary> getAimChoices() {
        return strategy.aims();
    }

    public IndicatorKind[] getKinds() {
        return IndicatorKind.values();
    }

    public Polarity[] getPolarities() {
        return Polarity.values();
    }

    public PeriodType[] getPeriodTypes() {
        return PeriodType.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public void setKind(IndicatorKind kind) {
        this.kind = kind;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public void setPolarity(Polarity polarity) {
        this.polarity = polarity;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public String getPathwayCode() {
        return pathwayCode;
    }

    public void setPathwayCode(String pathwayCode) {
        this.pathwayCode = pathwayCode;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims == null ? new ArrayList<>() : aims;
    }
}
