package org.clinlead.portal.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A coaching session a mentor records with their participant: the date, the model used and the actions
 * agreed. The notes are private to the mentor and the participant.
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    private UserAccount mentor;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CoachingModel model;

    @Column(name = "agreed_actions", nullable = false, length = 2000)
    private String agreedActions;

    @Column(length = 4000)
    private String notes;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CoachingSession() {
    }

    public CoachingSession(Participant participant, UserAccount mentor, LocalDate date, CoachingModel model,
            String agreedActions, String notes, LocalDate today, Instant now) {
        if (!participant.isMentoredBy(mentor)) {
            throw new RuleViolationException("Only " + participant.getClinician().getDisplayName()
                    + "'s mentor records their coaching sessions.");
        }
        new Check().require(date != null, "date", "Give the date of the session.")
                .require(date == null || !date.isAfter(today), "date", "Record a session once it has happened, not before.")
                .require(model != null, "model", "Choose the coaching model used: GROW, CLEAR or OSCAR.")
                .text(agreedActions, "agreedActions", "The agreed actions", 2000)
                .optionalText(notes, "notes", "The notes", 4000).orThrow();
        this.participant = participant;
        this.mentor = mentor;
        this.date = date;
        this.model = model;
        this.agreedActions = agreedActions.strip();
        this.notes = Check.clean(notes);
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public UserAccount getMentor() {
        return mentor;
    }

    public LocalDate getDate() {
        return date;
    }

    public CoachingModel getModel() {
        return model;
    }

    public String getAgreedActions() {
        return agreedActions;
    }

    public String getNotes() {
        return notes;
    }
}
