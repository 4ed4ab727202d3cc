package org.clinlead.portal.interests;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;

/**
 * The register as those who run it see it: every declaration with its publication state, this year's
 * round (who has not declared yet), and — for administrators — withholding an entry with a reason.
 */
@Named
@ViewScoped
public class InternalRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegisterOfInterests register;
    @Inject
    private InterestRegisters interestRegisters;

    private PagedList<RegisterLine> lines;
    private List<RoundEntry> round;
    private RegisterLine selected;
    private String reason;

    @PostConstruct
    void init() {
        lines = new PagedList<>(interestRegisters::internalRegister);
        round = interestRegisters.declarationRound(LocalDate.now().getYear());
    }

    public void select(RegisterLine line) {
        selected = line;
        reason = null;
    }

    public String withhold() {
        try {
            register.withhold(selected.id(), selected.version(), reason);
        } catch (PortalException e) {
            Feedback.show("withholdForm", e);
            return null;
        }
        Feedback.done("The entry is withheld from the public register.");
        return "/interests/register?faces-redirect=true";
    }

    public String remind() {
        int sent;
        try {
            sent = interestRegisters.remindNonDeclarers(getYear());
        } catch (org.clinlead.portal.shared.PortalException e) {
            Feedback.error(e.getMessage());
            return null;
        }
        Feedback.done(sent == 0 ? "Everyone who could be reminded today already has been (people without an account "
                + "cannot be reminded here)." : sent + " reminder(s) sent; they appear on each person's home page.");
        return "/interests/register?faces-redirect=true";
    }

    public PagedList<RegisterLine> getLines() {
        return lines;
    }

    public List<RoundEntry> getRound() {
        return round;
    }

    public long getDeclaredCount() {
        return round.stream().filter(RoundEntry::declared).count();
    }

    public List<RoundEntry> getNotDeclared() {
        return round.stream().filter(e -> !e.declared()).toList();
    }

    public int getYear() {
        return LocalDate.now().getYear();
    }

    public RegisterLine getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
