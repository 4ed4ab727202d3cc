package org.clinlead.portal.profiles;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;

/** The catalogue of practice indicators: open to everyone signed in (definitions, not figures); kept by administrators. */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ProfileCatalogue {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ProfileAccess access;

    /** The catalogue; filters {@code pathway} (code) and {@code name}. */
    public Page<IndicatorSummary> indicators(PageRequest request) {
        Page<ProfileIndicator> page = new Lists<>(em, ProfileIndicator.class,
                Map.of("code", r -> r.get("code"), "name", r -> r.get("name")),
                Map.of("pathway", (cb, r) -> v -> cb.equal(r.get("pathway").get("code"), v.strip()),
                        "name", (cb, r) -> v -> Lists.contains(cb, r.get("name"), v)),
                "code", true)
                .fetching(r -> r.fetch("pathway"))
                .page(request);
        return new Page<>(page.items().stream().map(IndicatorSummary::of).toList(), page.total());
    }

    /** One entry by its code. */
    public IndicatorSummary indicator(String code) {
        return IndicatorSummary.of(access.indicator(code));
    }

    @RolesAllowed(ADMIN)
    public IndicatorSummary create(ProfileIndicatorDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the indicator.");
        }
        Pathway pathway = draft.pathwayCode() == null ? null : em.find(Pathway.class, draft.pathwayCode().strip());
        if (draft.pathwayCode() != null && pathway == null) {
            throw new InvalidInputException("pathwayCode", "There is no pathway with code \"" + draft.pathwayCode() + "\".");
        }
        ProfileIndicator indicator = new ProfileIndicator(draft.code(), draft.name(), draft.definition(), draft.kind(),
                draft.polarity(), draft.source(), draft.periodType(), pathway, draft.aims());
        em.persist(indicator);
        Persistence.flush(em, ProfileAccess.INDICATOR, () -> new DuplicateValueException("code",
                "The catalogue already has an indicator with code " + indicator.getCode() + "."));
        audit.record(AuditAction.CREATED, ProfileAccess.INDICATOR, indicator.getId(), "Practice indicator " + indicator.getCode()
                + " \"" + indicator.getName() + "\" (" + indicator.getKind().label() + ", " + indicator.getPeriodType().label()
                + ", " + pathway.getName() + ")");
        return IndicatorSummary.of(indicator);
    }
}
