package org.clinlead.portal.organisations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** An administrator registering a new organisation or amending one ({@code ?id=}). */
@Named
@ViewScoped
public class OrganisationFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationDirectory directory;

    private Long id;
    private long version;
    private String name;
    private OrganisationType type;
    private String nationalCode;
    private boolean active = true;

    public void load() {
        if (id != null) {
            OrganisationSummary o = directory.find(id);
            version = o.version();
            name = o.name();
            type = o.type();
            nationalCode = o.nationalCode();
            active = o.active();
        }
    }

    public String save() {
        OrganisationDraft draft = new OrganisationDraft(name, type, nationalCode);
        try {
            OrganisationSummary saved = id == null ? directory.register(draft) : directory.amend(id, version, draft);
            Feedback.done((id == null ? "Registered " : "Saved ") + saved.name() + ".");
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("form", e);
            return null;
        }
        return "/directory/organisations?faces-redirect=true";
    }

    public String toggleActive() {
        try {
            OrganisationSummary saved = active ? directory.close(id, version) : directory.reopen(id, version);
            Feedback.done(saved.name() + (saved.active() ? " reopened." : " closed."));
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("form", e);
            return null;
        }
        return "/directory/organisations?faces-redirect=true";
    }

    public boolean isNew() {
        return id == null;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public void setNationalCode(String nationalCode) {
        this.nationalCode = nationalCode;
    }

    public boolean isActive() {
        return active;
    }
}
