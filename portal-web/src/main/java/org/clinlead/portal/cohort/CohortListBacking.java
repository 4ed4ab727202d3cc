package org.clinlead.portal.cohort;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.clinlead.portal.aims.PathwaySummary;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.shell.Feedback;

/** The programme's cohorts: places, the caller's applications and places; a new cohort for the programme manager. */
@Named
@ViewScoped
public class CohortListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Cohorts cohorts;
    @Inject
    private CohortApplications cohortApplications;

    @Inject
    private Strategy strategy;

    private List<CohortSummary> list;
    private List<ApplicationView> myApplications;
    private List<PathwaySummary> pathways;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer fundedPlaces = 120;
    private BigDecimal fundingPerPlace;
    private List<String> pathwayCodes = new ArrayList<>();

    @PostConstruct
    void init() {
        list = cohorts.cohorts();
        myApplications = cohortApplications.myApplications();
        pathways = strategy.pathways();
    }

    public String create() {
        return Feedback.attempt("newCohort", () -> cohorts.create(new CohortDraft(name, startsOn, endsOn, fundedPlaces,
                fundingPerPlace, new LinkedHashSet<>(pathwayCodes))), "The cohort " + name + " is open for applications.",
                "/cohort/cohorts?faces-redirect=true");
    }

    /** Width of the places bar, in percent of funded places. */
    public long percentTaken(CohortSummary c) {
        return c.fundedPlaces() == 0 ? 0 : Math.min(100, c.placesTaken() * 100 / c.fundedPlaces());
    }

    public List<CohortSummary> getList() {
        return list;
    }

    public List<ApplicationView> getMyApplications() {
        return myApplications;
    }

    public List<PathwaySummary> getPathways() {
        return pathways;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getFundedPlaces() {
        return fundedPlaces;
    }

    public void setFundedPlaces(Integer fundedPlaces) {
        this.fundedPlaces = fundedPlaces;
    }

    public BigDecimal getFundingPerPlace() {
        return fundingPerPlace;
    }

    public void setFundingPerPlace(BigDecimal fundingPerPlace) {
        this.fundingPerPlace = fundingPerPlace;
    }

    public List<String> getPathwayCodes() {
        return pathwayCodes;
    }

    public void setPathwayCodes(List<String> pathwayCodes) {
        this.pathwayCodes = pathwayCodes;
    }
}
