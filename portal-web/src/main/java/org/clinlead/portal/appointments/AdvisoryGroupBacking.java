package org.clinlead.portal.appointments;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.people.ClinicianRegister;
import org.clinlead.portal.people.ClinicianSummary;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shell.Feedback;

/**
 * The Clinical Advisory Group roster, and for medical directors and administrators the term actions
 * (renew, end early); for administrators the regional cap and recording an NSR lead.
 */
@Named
@ViewScoped
public class AdvisoryGroupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LeadSeats seats;

    @Inject
    private LeadAppointments appointments;

    @Inject
    private ClinicianRegister clinicians;

    private AdvisoryGroup group;
    private Long endId;
    private LocalDate endOn;
    private EndKind endKind;
    private String endReason;
    private Integer cap;
    private Long nsrSeatId;
    private Long nsrClinicianId;
    private LocalDate nsrTermStart;
    private List<ClinicianSummary> clinicianChoices;

    @PostConstruct
    void load() {
        group = seats.advisoryGroup();
        cap = group.cap().cap();
    }

    public String renew(AppointmentSummary appointment) {
        return act("leadsForm", () -> appointments.renew(appointment.id(), appointment.version()),
                appointment.clinicianName() + "'s term is renewed for three more years.");
    }

    public String end() {
        AppointmentSummary chosen = group.leads().stream().filter(a -> a.id() == (endId == null ? -1 : endId)).findFirst()
                .orElse(null);
        if (chosen == null) {
            Feedback.show("end", new org.clinlead.portal.shared.InvalidInputException("endId", "Choose the lead whose term ends."));
            return null;
        }
        return act("end", () -> appointments.end(chosen.id(), chosen.version(), endOn, endKind, endReason),
                chosen.clinicianName() + "'s term ends on " + endOn + ".");
    }

    public String changeCap() {
        return act("cap", () -> seats.changeCap(cap == null ? 0 : cap, group.cap().version()),
                "The regional cap is now " + cap + ".");
    }

    public String recordNsr() {
        return act("nsr", () -> appointments.recordNsrLead(nsrSeatId, nsrClinicianId, nsrTermStart),
                "The NSR lead is recorded.");
    }

    private String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/appointments/advisory-group?faces-redirect=true");
    }

    public List<ClinicianSummary> getClinicianChoices() {
        if (clinicianChoices == null) {
            clinicianChoices = clinicians.search(new PageRequest(0, PageRequest.MAX_SIZE, "familyName", true,
                    java.util.Map.of())).items();
        }
        return clinicianChoices;
    }

    public AdvisoryGroup getGroup() {
        return group;
    }

    public EndKind[] getEndKinds() {
        return EndKind.values();
    }

    public Long getEndId() {
        return endId;
    }

    public void setEndId(Long endId) {
        this.endId = endId;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }

    public EndKind getEndKind() {
        return endKind;
    }

    public void setEndKind(EndKind endKind) {
        this.endKind = endKind;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public Integer getCap() {
        return cap;
    }

    public void setCap(Integer cap) {
        this.cap = cap;
    }

    public Long getNsrSeatId() {
        return nsrSeatId;
    }

    public void setNsrSeatId(Long nsrSeatId) {
        this.nsrSeatId = nsrSeatId;
    }

    public Long getNsrClinicianId() {
        return nsrClinicianId;
    }

    public void setNsrClinicianId(Long nsrClinicianId) {
        this.nsrClinicianId = nsrClinicianId;
    }

    public LocalDate getNsrTermStart() {
        return nsrTermStart;
    }

    public void setNsrTermStart(LocalDate nsrTermStart) {
        this.nsrTermStart = nsrTermStart;
    }
}
