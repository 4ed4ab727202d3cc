package org.clinlead.portal.advice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.aims.AimSummary;
import org.clinlead.portal.appointments.LeadSeats;
import org.clinlead.portal.appointments.ProgrammeSummary;
import org.clinlead.portal.aims.PathwaySummary;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.organisations.OrganisationDirectory;
import org.clinlead.portal.organisations.ChosenOrganisations;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.profiles.IndicatorSummary;
import org.clinlead.portal.profiles.ProfileCatalogue;
import org.clinlead.portal.shared.UkTime;
import org.clinlead.portal.shell.Feedback;

/**
 * A new request for clinical advice. Arriving from an outlier ({@code ?indicator=CODE&practice=CODE}) the form is
 * filled in with the indicator as the subject, its pathway and aims, and the practice as the organisation concerned.
 */
@Named
@ViewScoped
public class NewAdviceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdviceRequests requests;

    @Inject
    private ProfileCatalogue catalogue;

    @Inject
    private Strategy strategy;

    @Inject
    private OrganisationDirectory organisations;

    @Inject
    private LeadSeats seats;

    private String indicator;
    private String practice;
    private String question;
    private String background;
    private String pathwayCode;
    private String programmeCode;
    private List<String> aims = new ArrayList<>(List.of("C"));
    private final ChosenOrganisations concerned = new ChosenOrganisations();
    private LocalDate dueOn = LocalDate.now(UkTime.ZONE).plusDays(14);
    private Urgency urgency = Urgency.ROUTINE;
    private AdviceSubject subject;
    private Long subjectId;
    private String subjectLabel;

    /** Fills the form from the outlier it was opened from, or names the CQUIN indicator or agenda item it is about. */
    public void load() {
        if (subject != null && subject != AdviceSubject.PROFILE_INDICATOR && subjectId != null) {
            subjectLabel = "chosen (its name is kept with the request)";
        }
        if (indicator != null && !indicator.isBlank()) {
            IndicatorSummary i = catalogue.indicator(indicator);
            subject = AdviceSubject.PROFILE_INDICATOR;
            subjectId = i.id();
            subjectLabel = i.name() + " (" + i.code() + ")";
            pathwayCode = i.pathwayCode();
            aims = new ArrayList<>(i.aims());
            if (practice != null) {
                organisations.withCode(practice).filter(OrganisationSummary::active)
                        .ifPresent(o -> {
                            concerned.add(o);
                            question = "Why might " + o.name() + " be an outlier on " + i.name().toLowerCase(java.util.Locale.UK)
                                    + ", and what should we do about it?";
                        });
            }
        }
    }

    public AdviceSubject getSubject() {
        return subject;
    }

    public void setSubject(AdviceSubject subject) {
        this.subject = subject;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    /** What the subject is, in words, for the line above the form. */
    public String getSubjectKind() {
        if (subject == null) {
            return "";
        }
        String label = subject.label();
        // "CQUIN indicator" keeps its capitals; "Board agenda item" reads "board agenda item" in a sentence.
        return Character.isUpperCase(label.charAt(1)) ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    public String raise() {
        AdviceRequestView[] made = new AdviceRequestView[1];
        String outcome = Feedback.attempt("request", () -> made[0] = requests.raise(new AdviceDraft(question, background,
                pathwayCode, programmeCode, aims, concerned.ids(), subject, subjectId, dueOn, urgency)),
                "Your request is sent to the pathway's clinical leads.", null);
        return made[0] == null ? outcome : "/advice/request?faces-redirect=true&id=" + made[0].summary().id();
    }

    public List<PathwaySummary> getPathways() {
        return strategy.pathways();
    }

    public List<AimSummary> getAimChoices() {
        return strategy.aims();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public List<ProgrammeSummary> getProgrammes() {
        return seats.programmes();
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
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
        this.aims = aims;
    }

    public ChosenOrganisations getConcerned() {
        return concerned;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }
}
