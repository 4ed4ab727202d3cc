package org.clinlead.portal.commissioning;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Role;

/** Who hears about a contract: the accounts of each side, and the pathway's leads in post. */
@Dependent
public class CommissioningNotices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private NoticeSender notices;

    @Inject
    private LeadsInPost leads;

    /** The accounts with {@code role} whose clinician works at {@code organisation}. */
    List<String> accountsOf(Organisation organisation, Role role) {
        return em.createQuery("select distinct a.username from UserAccount a join a.roles r where r = :role "
                        + "and a.clinician.organisation = :o and a.enabled = true order by a.username", String.class)
                .setParameter("role", role).setParameter("o", organisation).getResultList();
    }

    /** The accounts of the senior clinical leads in post on {@code pathwayCode}. */
    List<String> leadsOf(String pathwayCode, LocalDate today) {
        return leads.accountsOn(pathwayCode, today);
    }

    int send(Collection<String> recipients, String subject, String body, CquinContract contract, String key) {
        return notices.send(recipients, subject, body, Link.to(Link.Kind.CONTRACT, contract.getId()), key);
    }
}
