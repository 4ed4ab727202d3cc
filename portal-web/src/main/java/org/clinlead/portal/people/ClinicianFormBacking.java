package org.clinlead.portal.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.organisations.OrganisationDirectory;
import org.clinlead.portal.organisations.OrganisationFinder;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** An administrator registering a clinician or amending one ({@code ?id=}). */
@Named
@ViewScoped
public class ClinicianFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicianRegister register;

    @Inject
    private OrganisationDirectory organisations;

    private Long id;
    private long version;
    private String givenName;
    private String familyName;
    private Profession profession;
    private RegistrationBody registrationBody;
    private String registrationNumber;
    private OrganisationSummary organisation;
    private String email;

    public void load() {
        if (id != null) {
            ClinicianSummary c = register.find(id);
            version = c.version();
            givenName = c.givenName();
            familyName = c.familyName();
            profession = c.profession();
            registrationBody = c.registrationBody();
            registrationNumber = c.registrationNumber();
            organisation = organisations.find(c.organisationId());
            email = c.email();
        }
    }

    public String save() {
        ClinicianDraft draft = new ClinicianDraft(givenName, familyName, profession, registrationBody,
                registrationNumber, OrganisationFinder.id(organisation), email);
        try {
            ClinicianSummary saved = id == null ? register.register(draft) : register.amend(id, version, draft);
            Feedback.done((id == null ? "Registered " : "Saved ") + saved.displayName() + ".");
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("form", e);
            return null;
        }
        return "/directory/clinicians?faces-redirect=true";
    }

    public boolean isNew() {
        return id == null;
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }

    public RegistrationBody[] getBodies() {
        return RegistrationBody.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public Profession getProfession() {
        return profession;
    }

    public void setProfession(Profession profession) {
        this.profession = profession;
    }

    public RegistrationBody getRegistrationBody() {
        return registrationBody;
    }

    public void setRegistrationBody(RegistrationBody registrationBody) {
        this.registrationBody = registrationBody;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationSummary organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
