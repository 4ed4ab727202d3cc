package org.clinlead.portal.projects;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.clinlead.portal.shared.Check;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A Plan-Do-Study-Act cycle: the change and prediction, what happened, what was learnt, and the decision. */
@Entity
@Table(name = "pdsa_cycle")
public class PdsaCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private ChangeProject project;

    @Column(name = "change_tested", nullable = false, length = 1000)
    private String change;

    @Column(nullable = false, length = 1000)
    private String prediction;

    @Column(name = "what_happened", length = 2000)
    private String whatHappened;

    @Column(length = 2000)
    private String study;

    @Enumerated(EnumType.STRING)
    @Column(name = "act_decision", length = 20)
    private ActDecision act;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "pdsa_measure", joinColumns = @JoinColumn(name = "pdsa_id"),
            inverseJoinColumns = @JoinColumn(name = "measure_id"))
    private Set<Measure> measures = new LinkedHashSet<>();

    protected PdsaCycle() {
    }

    public PdsaCycle(ChangeProject project, String change, String prediction, String whatHappened, String study,
            ActDecision act, LocalDate startDate, LocalDate endDate, Set<Measure> measures, String recordedBy) {
        new Check().text(change, "change", "The change being tested (plan)", 1000)
                .text(prediction, "prediction", "What you predict will happen (plan)", 1000)
                .optionalText(whatHappened, "whatHappened", "What happened (do)", 2000)
                .optionalText(study, "study", "What you learnt against the prediction (study)", 2000)
                .require(startDate != null, "startDate", "Give the date the cycle started.")
                .require(startDate == null || endDate == null || !endDate.isBefore(startDate), "endDate",
                        "The cycle cannot end before it starts.")
                .orThrow();
        this.project = project;
        this.change = change.strip();
        this.prediction = prediction.strip();
        this.whatHappened = Check.clean(whatHappened);
        this.study = Check.clean(study);
        this.act = act;
        this.startDate = startDate;
        this.endDate = endDate;
        this.recordedBy = recordedBy;
        if (measures != null) {
            this.measures.addAll(measures);
        }
    }

    public Long getId() {
        return id;
    }

    public ChangeProject getProject() {
        return project;
    }

    public String getChange() {
        return change;
    }

    public String getPrediction() {
        return prediction;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getStudy() {
        return study;
    }

    public ActDecision getAct() {
        return act;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Set<Measure> getMeasures() {
        return measures;
    }
}
