package org.clinlead.portal.commissioning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.organisations.OrganisationFinder;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.shared.UkTime;
import org.clinlead.portal.shell.Feedback;

/** The commissioner's form for a new contract (an administrator also names the commissioner). */
@Named
@ViewScoped
public class NewContractBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Contracts contracts;

    private String reference;
    private OrganisationSummary commissioner;
    private OrganisationSummary provider;
    private Integer startYear;
    private BigDecimal annualValue;
    private BigDecimal cquinShare = CquinShare.DEFAULT;
    private List<String> aims = new java.util.ArrayList<>(List.of("C"));

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims == null ? new java.util.ArrayList<>() : aims;
    }

    @PostConstruct
    void init() {
        startYear = FinancialYear.of(LocalDate.now(UkTime.ZONE)).startYear();
    }

    public String create() {
        ContractSummary[] made = new ContractSummary[1];
        String outcome = Feedback.attempt("newContract", () -> made[0] = contracts.create(new ContractDraft(reference,
                OrganisationFinder.id(commissioner), OrganisationFinder.id(provider), startYear, annualValue, cquinShare, new java.util.TreeSet<>(aims))),
                "The contract is recorded. Add the scheme's indicators; the pathway leads are asked for advice on each.",
                "/commissioning/contracts");
        return outcome == null ? null : "/commissioning/contract?faces-redirect=true&id=" + made[0].id();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public OrganisationSummary getCommissioner() {
        return commissioner;
    }

    public void setCommissioner(OrganisationSummary commissioner) {
        this.commissioner = commissioner;
    }

    public OrganisationSummary getProvider() {
        return provider;
    }

    public void setProvider(OrganisationSummary provider) {
        this.provider = provider;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public BigDecimal getAnnualValue() {
        return annualValue;
    }

    public void setAnnualValue(BigDecimal annualValue) {
        this.annualValue = annualValue;
    }

    public BigDecimal getCquinShare() {
        return cquinShare;
    }

    public void setCquinShare(BigDecimal cquinShare) {
        this.cquinShare = cquinShare;
    }
}
