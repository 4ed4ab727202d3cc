package org.clinlead.portal.cohort;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.shell.Feedback;

/**
 * A participant's page: place, mentor, coaching sessions, projects, reflection and completion. The programme
 * manager matches the mentor and completes or withdraws; the mentor records sessions; the participant writes
 * their final reflection.
 */
@Named
@ViewScoped
public class ParticipantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Mentoring mentoring;

    @Inject
    private Participants participants;

    private Long id;
    private ParticipantPage page;
    private List<MentorChoice> mentors = List.of();
    private String mentor;
    private String mentorReason;
    private String reflection;
    private String withdrawReason;
    private LocalDate sessionDate = LocalDate.now();
    private CoachingModel model;
    private String agreedActions;
    private String notes;

    public void load() {
        page = participants.participant(id);
        reflection = page.finalReflection();
        if (page.canManage()) {
            mentors = mentoring.mentors();
            mentor = page.participant().mentorUsername();
        }
    }

    public String assignMentor() {
        return attempt("mentorForm", () -> mentoring.assignMentor(id, page.participant().version(), mentor, mentorReason),
                "Mentor matched; they have been told.");
    }

    public String reflect() {
        return attempt("reflection", () -> participants.reflect(id, page.participant().version(), reflection), "Reflection saved.");
    }

    public String complete() {
        return attempt("manage", () -> participants.complete(id, page.participant().version()), "Completed the programme.");
    }

    public String withdraw() {
        return attempt("manage", () -> participants.withdraw(id, page.participant().version(), withdrawReason), "Withdrawn.");
    }

    public String recordSession() {
        return attempt("session", () -> mentoring.recordSession(id, new SessionDraft(sessionDate, model, agreedActions, notes)),
                "Session recorded.");
    }

    private String attempt(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/cohort/participant?faces-redirect=true&id=" + id);
    }

    public CoachingModel[] getModels() {
        return CoachingModel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ParticipantPage getPage() {
        return page;
    }

    public List<MentorChoice> getMentors() {
        return mentors;
    }

    public String getMentor() {
        return mentor;
    }

    public void setMentor(String mentor) {
        this.mentor = mentor;
    }

    public String getMentorReason() {
        return mentorReason;
    }

    public void setMentorReason(String mentorReason) {
        this.mentorReason = mentorReason;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public CoachingModel getModel() {
        return model;
    }

    public void setModel(CoachingModel model) {
        this.model = model;
    }

    public String getAgreedActions() {
        return agreedActions;
    }

    public void setAgreedActions(String agreedActions) {
        this.agreedActions = agreedActions;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
