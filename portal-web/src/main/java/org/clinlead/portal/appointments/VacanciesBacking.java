package org.clinlead.portal.appointments;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;

/** The vacancy list, and for medical directors and administrators the form that opens a vacancy. */
@Named
@ViewScoped
public class VacanciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Vacancies openings;

    @Inject
    private LeadSeats seats;

    private PagedList<VacancySummary> vacancies;
    private List<SeatSummary> vacantSeats;
    private Long seatId;
    private LocalDate closingDate;
    private String summary;
    private String criteria;
    private List<String> aims;

    @PostConstruct
    void init() {
        vacancies = new PagedList<>(openings::vacancies);
        vacantSeats = seats.seats().stream().filter(s -> s.state() == SeatState.VACANT).toList();
    }

    public String open() {
        List<String> lines = criteria == null ? List.of() : Arrays.stream(criteria.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        VacancySummary opened;
        try {
            opened = openings.openVacancy(new VacancyDraft(seatId, null, closingDate, summary, lines,
                    aims == null ? null : new LinkedHashSet<>(aims)));
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("open", e);
            return null;
        }
        Feedback.done("The vacancy for the " + opened.seatLabel() + " is open until " + opened.closingDate()
                + ". Set its panel next.");
        return "/appointments/vacancy?faces-redirect=true&id=" + opened.id();
    }

    public PagedList<VacancySummary> getVacancies() {
        return vacancies;
    }

    public List<SeatSummary> getVacantSeats() {
        return vacantSeats;
    }

    public VacancyStatus[] getStatuses() {
        return VacancyStatus.values();
    }

    public Long getSeatId() {
        return seatId;
    }

    public void setSeatId(Long seatId) {
        this.seatId = seatId;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
        this.closingDate = closingDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims;
    }
}
