package org.clinlead.portal.projects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A participant's change project: the problem, a SMART aim (what, by how much, by when), the service and
 * organisation, pathway, strategic aims, team, status, IHI progress score and how far it has spread.
 */
@Entity
@Table(name = "change_project")
public class ChangeProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Clinician owner;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String problem;

    @Column(name = "aim_what", nullable = false, length = 300)
    private String aimWhat;

    @Column(name = "aim_how_much", nullable = false, length = 200)
    private String aimHowMuch;

    @Column(name = "aim_by_when", nullable = false)
    private LocalDate aimByWhen;

    @Column(nullable = false, length = 200)
    private String service;

    @Column(name = "profile_indicator_code", length = 20)
    private String profileIndicatorCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pathway_code")
    private Pathway pathway;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Column(name = "progress_score", nullable = false, precision = 2, scale = 1)
    private BigDecimal progressScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "spread_level", nullable = false, length = 30)
    private SpreadLevel spread;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The owner's place on the programme (its id: the programme knows its projects, not the other way). */
    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "last_data_on")
    private LocalDate lastDataOn;

    @Column(name = "signed_off_by", length = 120)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "sign_off_note", length = 2000)
    private String signOffNote;

    // A list of projects reads its projects' aims in one statement, not one per project (issue 17).
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "project_aim", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "aim_code", length = 1)
    private Set<String> aims = new TreeSet<>();

    /** The aims as one column the database checks is not empty (see {@link org.clinlead.portal.shared.AimCodes#joined}). */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "clinician_id"))
    private Set<Clinician> team = new LinkedHashSet<>();

    protected ChangeProject() {
    }

    public ChangeProject(Clinician owner, String title, String problem, String aimWhat, String aimHowMuch,
            LocalDate aimByWhen, String service, Organisation organisation, Pathway pathway, Set<String> aims,
            LocalDate today, Instant now) {
        new Check().text(title, "title", "The project's title", 200)
                .text(problem, "problem", "The problem", 2000)
                .text(aimWhat, "aimWhat", "What the aim will improve", 300)
                .text(aimHowMuch, "aimHowMuch", "By how much", 200)
                .require(aimByWhen != null, "aimByWhen", "Say by when: a SMART aim has a date.")
                .require(aimByWhen == null || aimByWhen.isAfter(today), "aimByWhen", "The aim's date must be in the future.")
                .text(service, "service", "The service", 200)
                .require(organisation != null, "organisationId", "Choose the organisation the service belongs to.")
                .require(aims != null && !aims.isEmpty(), "aims", "Tag the project with at least one of the strategy's aims.")
                .orThrow();
        this.owner = owner;
        this.title = title.strip();
        this.problem = problem.strip();
        this.aimWhat = aimWhat.strip();
        this.aimHowMuch = aimHowMuch.strip();
        this.aimByWhen = aimByWhen;
        this.service = service.strip();
        this.organisation = organisation;
        this.pathway = pathway;
        this.aims.addAll(aims);
        this.aimCodes = org.clinlead.portal.shared.AimCodes.joined(this.aims);
        this.status = ProjectStatus.IDEA;
        this.progressScore = new BigDecimal("0.5");
        this.spread = SpreadLevel.NOT_YET;
        this.createdAt = now;
    }

    /** The SMART aim as one sentence. */
    public String getAimStatement() {
        return "Improve " + aimWhat + ": " + aimHowMuch + ", by " + org.clinlead.portal.shared.UkTime.format(aimByWhen) + ".";
    }

    public void progress(ProjectStatus status, BigDecimal score) {
        new Check().require(status != null, "status", "Choose the project's status.").orThrow();
        this.progressScore = ProgressScore.check(score);
        this.status = status;
    }

    public void spreadTo(SpreadLevel level) {
        new Check().require(level != null, "spread", "Choose how far the change has spread.").orThrow();
        this.spread = level;
    }

    /** Ties the project to its owner's place on the programme (their cohort, mentor and learning set). */
    public void belongTo(long participantId) {
        this.participantId = participantId;
    }

    /**
     * Why the project cannot be put forward to its pathway's board yet, in the order the owner would fix them;
     * empty when it can. {@code outcomeImproved}: an outcome measure shows special-cause improvement on its
     * SPC chart. The project page shows the first; a referral is refused with it.
     */
    public List<String> referralBlockers(boolean outcomeImproved) {
        List<String> blockers = new ArrayList<>();
        if (status.compareTo(ProjectStatus.SUSTAINING) < 0 || status == ProjectStatus.CLOSED) {
            blockers.add("A project is put forward to its pathway board once it is sustaining its change; this one is at "
                    + status.label().toLowerCase(Locale.ROOT) + ".");
        }
        if (!outcomeImproved) {
            blockers.add("Put the project forward once its outcome measure shows special-cause improvement on its SPC "
                    + "chart; this one does not (yet).");
        }
        if (pathway == null) {
            blockers.add("Give the project a pathway first: it is put forward to that pathway's board.");
        }
        return blockers;
    }

    /** Keeps the date of the latest value on the project, so the programme sees overdue data without reading it all. */
    public void dataRecordedFor(LocalDate date) {
        if (lastDataOn == null || date.isAfter(lastDataOn)) {
            lastDataOn = date;
        }
    }

    /** The mentor's sign-off: they have reviewed the project and agree it is what the participant says. */
    public void signOff(String mentorName, String note, Instant now) {
        new Check().optionalText(note, "note", "The sign-off note", 2000).orThrow();
        if (status.compareTo(ProjectStatus.TESTING) < 0) {
            throw new org.clinlead.portal.shared.RuleViolationException("Sign a project off once it has reached testing; "
                    + "it is at " + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        this.signedOffBy = mentorName;
        this.signedOffAt = now;
        this.signOffNote = Check.clean(note);
    }

    public void addToTeam(Clinician clinician) {
        if (isTeamMember(clinician)) {
            throw new org.clinlead.portal.shared.RuleViolationException(clinician.getDisplayName() + " is already on the team.");
        }
        team.add(clinician);
    }

    public void removeFromTeam(Clinician clinician) {
        if (!team.removeIf(c -> c.getId().equals(clinician.getId()))) {
            throw new org.clinlead.portal.shared.RuleViolationException(clinician.getDisplayName() + " is not on the team.");
        }
    }

    public boolean isTeamMember(Clinician clinician) {
        return owner.getId().equals(clinician.getId()) || team.stream().anyMatch(c -> c.getId().equals(clinician.getId()));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Clinician getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getAimWhat() {
        return aimWhat;
    }

    public String getAimHowMuch() {
        return aimHowMuch;
    }

    public LocalDate getAimByWhen() {
        return aimByWhen;
    }

    public String getService() {
        return service;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public BigDecimal getProgressScore() {
        return progressScore;
    }

    public SpreadLevel getSpread() {
        return spread;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getAims() {
        return aims;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public LocalDate getLastDataOn() {
        return lastDataOn;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public String getSignOffNote() {
        return signOffNote;
    }

    public Set<Clinician> getTeam() {
        return team;
    }

    /** Records that the project was started from a practice-profile indicator (its code), kept for the link back. */
    public void startedFromProfile(String code) {
        String c = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        new org.clinlead.portal.shared.Check().require(c == null || c.matches("[A-Z0-9][A-Z0-9_-]{1,19}"), "profileIndicatorCode",
                "A practice-profile indicator's code is 2 to 20 capital letters, digits, - or _.").orThrow();
        this.profileIndicatorCode = c;
    }

    public String getProfileIndicatorCode() {
        return profileIndicatorCode;
    }
}
