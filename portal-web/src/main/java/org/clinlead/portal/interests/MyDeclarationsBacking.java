package org.clinlead.portal.interests;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.organisations.OrganisationFinder;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** A clinician's own declarations: the list, a form to declare an interest, a nil return, ending one. */
@Named
@ViewScoped
public class MyDeclarationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegisterOfInterests register;

    private List<DeclarationSummary> declarations;
    private final java.util.Map<Long, List<RevisionLine>> history = new java.util.HashMap<>();
    private InterestType type;
    private OrganisationSummary organisation;
    private String outsideBody;
    private String relatedPerson;
    private String description;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String actionTaken;

    @PostConstruct
    void load() {
        refresh();
    }

    private void refresh() {
        try {
            declarations = register.mine();
        } catch (PortalException e) {
            declarations = List.of();
            Feedback.error(e.getMessage());
        }
    }

    public String declare() {
        try {
            register.declare(new InterestDraft(type, OrganisationFinder.id(organisation), outsideBody, relatedPerson, description, fromDate,
                    toDate, actionTaken));
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("declare", e);
            return null;
        }
        Feedback.done("Your declaration is recorded.");
        return "/interests/mine?faces-redirect=true";
    }

    public String declareNothing() {
        try {
            register.declareNothing();
        } catch (PortalException e) {
            Feedback.show("declare", e);
            return null;
        }
        Feedback.done("Your nil return for " + LocalDate.now().getYear() + " is recorded.");
        return "/interests/mine?faces-redirect=true";
    }

    public String end(DeclarationSummary declaration) {
        try {
            register.end(declaration.id(), declaration.version(), LocalDate.now());
        } catch (PortalException e) {
            Feedback.show("list", e);
            return null;
        }
        Feedback.done("The interest is recorded as ended today. It stays on the public register for six months.");
        return "/interests/mine?faces-redirect=true";
    }

    /** What a declaration said before each change (read when its row is opened). */
    public List<RevisionLine> history(long id) {
        return history.computeIfAbsent(id, register::history);
    }

    public List<DeclarationSummary> getDeclarations() {
        return declarations;
    }


    public InterestType[] getTypes() {
        return InterestType.values();
    }

    public InterestType getType() {
        return type;
    }

    public void setType(InterestType type) {
        this.type = type;
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationSummary organisation) {
        this.organisation = organisation;
    }

    public String getOutsideBody() {
        return outsideBody;
    }

    public void setOutsideBody(String outsideBody) {
        this.outsideBody = outsideBody;
    }

    public String getRelatedPerson() {
        return relatedPerson;
    }

    public void setRelatedPerson(String relatedPerson) {
        this.relatedPerson = relatedPerson;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }
}
