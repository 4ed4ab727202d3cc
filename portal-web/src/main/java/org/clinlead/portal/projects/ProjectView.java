package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** The project page: charts, the fast data form, pasted data with a preview, PDSA cycles, progress and spread. */
@Named
@ViewScoped
public class ProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChangeProjects projects;
    @Inject
    private ProjectMeasures projectMeasures;

    @Inject
    private ProjectSpread projectSpread;

    @Inject
    private ProjectTeam projectTeam;

    @Inject
    private org.clinlead.portal.people.ClinicianRegister clinicians;

    @Inject
    private org.clinlead.portal.organisations.OrganisationDirectory organisations;

    private Long id;
    private ProjectPage page;
    // measure
    private String measureName;
    private MeasureType measureType = MeasureType.OUTCOME;
    private String unit;
    private Direction direction;
    private Double target;
    private String definition;
    // data
    private Long dataMeasureId;
    private LocalDate date = LocalDate.now();
    private Double value;
    private String pasted;
    private ImportPreview preview;
    // pdsa
    private String change;
    private String prediction;
    private String whatHappened;
    private String study;
    private ActDecision act;
    private LocalDate startDate;
    private LocalDate endDate;
    private List<Long> pdsaMeasureIds = new ArrayList<>();
    // team, adoption, comment, sign-off, referral
    private org.clinlead.portal.people.ClinicianSummary newMember;
    private Long adopterId;
    private LocalDate adoptedOn = LocalDate.now();
    private String commentBody;
    private String signOffNote;
    private String referralNote;
    private List<org.clinlead.portal.organisations.OrganisationSummary> organisationChoices;
    // progress and spread
    private ProjectStatus status;
    private BigDecimal score;
    private SpreadLevel spread;

    public void load() {
        page = projects.project(id);
        status = page.project().status();
        score = page.project().progressScore();
        spread = page.project().spread();
        if (dataMeasureId == null && !page.measures().isEmpty()) {
            dataMeasureId = page.measures().get(0).measureId();
        }
    }

    public String addMeasure() {
        return act("measure", () -> projectMeasures.addMeasure(id, new MeasureDraft(measureName, measureType, unit, direction, target,
                definition)), "The measure is added. Enter its data below.");
    }

    public String addPoint() {
        return act("data", () -> projectMeasures.addPoint(dataMeasureId, date, value), "Saved: " + value + " for " + date + ".");
    }

    public String previewPasted() {
        try {
            preview = projectMeasures.importPoints(dataMeasureId, pasted, false);
        } catch (PortalException e) {
            Feedback.show("paste", e);
        }
        return null;
    }

    public String importPasted() {
        try {
            preview = projectMeasures.importPoints(dataMeasureId, pasted, true);
        } catch (PortalException e) {
            Feedback.show("paste", e);
            return null;
        }
        if (!preview.saved()) {
            Feedback.error("Nothing was imported: " + preview.errors() + " row(s) need correcting (see below).");
            return null;
        }
        Feedback.done(preview.valid() + " values imported.");
        return "/projects/project?faces-redirect=true&id=" + id;
    }

    public String addPdsa() {
        return act("pdsa", () -> projectMeasures.addPdsa(id, new PdsaDraft(change, prediction, whatHappened, study, act, startDate,
                endDate, new LinkedHashSet<>(pdsaMeasureIds))), "The PDSA cycle is recorded; it shows on the chart.");
    }

    public String saveProgress() {
        return act("progress", () -> projects.progress(id, page.project().version(), status, score), "Progress saved.");
    }

    public String saveSpread() {
        return act("spread", () -> projectSpread.spread(id, page.project().version(), spread), "Spread saved.");
    }

    /** Clinicians whose name contains what was typed, for adding to the team. */
    public List<org.clinlead.portal.people.ClinicianSummary> completeClinician(String query) {
        if (query == null || query.strip().length() < 2) {
            return List.of();
        }
        return clinicians.search(new org.clinlead.portal.shared.PageRequest(0, 10, "familyName", true,
                java.util.Map.of("name", query.strip()))).items();
    }

    public String addMember() {
        return act("team", () -> projectTeam.addTeamMember(id, newMember == null ? null : newMember.id()),
                (newMember == null ? "" : newMember.displayName()) + " is on the team: they can add data and PDSA cycles.");
    }

    public String removeMember(long clinicianId) {
        return act("team", () -> projectTeam.removeTeamMember(id, clinicianId), "Removed from the team.");
    }

    public String adopt() {
        return act("adoption", () -> projectSpread.adopt(id, adopterId, adoptedOn), "The adoption is recorded.");
    }

    public String comment() {
        return act("comment", () -> projectTeam.comment(id, commentBody), "Comment added.");
    }

    public String signOff() {
        return act("signOff", () -> projectTeam.signOff(id, page.project().version(), signOffNote), "Signed off.");
    }

    public String refer() {
        return act("referral", () -> projectSpread.refer(id, referralNote), "Put forward to the pathway board.");
    }

    public List<org.clinlead.portal.organisations.OrganisationSummary> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = organisations.choices();
        }
        return organisationChoices;
    }

    public org.clinlead.portal.people.ClinicianSummary getNewMember() {
        return newMember;
    }

    public void setNewMember(org.clinlead.portal.people.ClinicianSummary newMember) {
        this.newMember = newMember;
    }

    public Long getAdopterId() {
        return adopterId;
    }

    public void setAdopterId(Long adopterId) {
        this.adopterId = adopterId;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getCommentBody() {
        return commentBody;
    }

    public void setCommentBody(String commentBody) {
        this.commentBody = commentBody;
    }

    public String getSignOffNote() {
        return signOffNote;
    }

    public void setSignOffNote(String signOffNote) {
        this.signOffNote = signOffNote;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }

    private String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/projects/project?faces-redirect=true&id=" + id);
    }

    public String chart(SpcView view) {
        return SpcChart.config(view);
    }

    public String colour(PointType type) {
        return type == null ? "#768692" : SpcChart.colour(type);
    }

    public java.util.Map<BigDecimal, String> getScores() {
        return ProgressScore.MEANINGS;
    }

    public MeasureType[] getMeasureTypes() {
        return MeasureType.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public ActDecision[] getActs() {
        return ActDecision.values();
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public SpreadLevel[] getSpreadLevels() {
        return SpreadLevel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectPage getPage() {
        return page;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String getMeasureName() {
        return measureName;
    }

    public void setMeasureName(String measureName) {
        this.measureName = measureName;
    }

    public MeasureType getMeasureType() {
        return measureType;
    }

    public void setMeasureType(MeasureType measureType) {
        this.measureType = measureType;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Long getDataMeasureId() {
        return dataMeasureId;
    }

    public void setDataMeasureId(Long dataMeasureId) {
        this.dataMeasureId = dataMeasureId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getPrediction() {
        return prediction;
    }

    public void setPrediction(String prediction) {
        this.prediction = prediction;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getStudy() {
        return study;
    }

    public void setStudy(String study) {
        this.study = study;
    }

    public ActDecision getAct() {
        return act;
    }

    public void setAct(ActDecision act) {
        this.act = act;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<Long> getPdsaMeasureIds() {
        return pdsaMeasureIds;
    }

    public void setPdsaMeasureIds(List<Long> pdsaMeasureIds) {
        this.pdsaMeasureIds = pdsaMeasureIds;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public SpreadLevel getSpread() {
        return spread;
    }

    public void setSpread(SpreadLevel spread) {
        this.spread = spread;
    }
}
