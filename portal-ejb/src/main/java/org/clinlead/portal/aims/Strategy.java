package org.clinlead.portal.aims;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clinlead.portal.pathways.Pathway;

/** The strategy's five aims and eight pathways, for everyone signed in. Read-only reference data. */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Strategy {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public List<AimSummary> aims() {
        return em.createQuery("select a from StrategicAim a order by a.code", StrategicAim.class).getResultList()
                .stream().map(a -> new AimSummary(a.getCode(), a.getTitle(), a.getDescription())).toList();
    }

    public List<PathwaySummary> pathways() {
        return em.createQuery("select p from Pathway p order by p.displayOrder", Pathway.class).getResultList()
                .stream().map(p -> new PathwaySummary(p.getCode(), p.getName())).toList();
    }
}
