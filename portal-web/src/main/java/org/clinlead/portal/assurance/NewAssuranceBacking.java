package org.clinlead.portal.assurance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.organisations.OrganisationFinder;
import org.clinlead.portal.aims.AimSummary;
import org.clinlead.portal.aims.PathwaySummary;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.shared.UkTime;
import org.clinlead.portal.shell.Feedback;

/** The regional team's form for a new assurance review. */
@Named
@ViewScoped
public class NewAssuranceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssuranceReviews reviews;

    @Inject
    private Strategy strategy;

    private ReviewSubject subject = ReviewSubject.STRATEGIC_PLAN;
    private String title;
    private OrganisationSummary organisation;
    private Integer periodStart;
    private Integer periodEnd;
    private List<String> pathwayCodes = new ArrayList<>();
    private List<String> aims = new ArrayList<>(List.of("D"));

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(UkTime.ZONE);
        periodStart = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        periodEnd = periodStart + 4;
    }

    public String open() {
        AssuranceReviewView[] made = new AssuranceReviewView[1];
        String outcome = Feedback.attempt("review", () -> made[0] = reviews.open(new AssuranceDraft(subject, title,
                OrganisationFinder.id(organisation),
                periodStart, periodEnd, pathwayCodes, aims)), "The review is open. Set its clinical panel.", null);
        return made[0] == null ? outcome : "/assurance/review?faces-redirect=true&id=" + made[0].summary().id();
    }

    public ReviewSubject[] getSubjects() {
        return ReviewSubject.values();
    }

    public List<PathwaySummary> getPathways() {
        return strategy.pathways();
    }

    public List<AimSummary> getAimChoices() {
        return strategy.aims();
    }

    public ReviewSubject getSubject() {
        return subject;
    }

    public void setSubject(ReviewSubject subject) {
        this.subject = subject;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationSummary organisation) {
        this.organisation = organisation;
    }

    public Integer getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(Integer periodStart) {
        this.periodStart = periodStart;
    }

    public Integer getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(Integer periodEnd) {
        this.periodEnd = periodEnd;
    }

    public List<String> getPathwayCodes() {
        return pathwayCodes;
    }

    public void setPathwayCodes(List<String> pathwayCodes) {
        this.pathwayCodes = pathwayCodes;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims;
    }
}
