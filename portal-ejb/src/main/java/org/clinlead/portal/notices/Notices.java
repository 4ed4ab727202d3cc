package org.clinlead.portal.notices;

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
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;

/** A person's own notices: the latest first (unread before read), and marking one read. */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Notices {

    private static final int SHOWN = 50;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    public List<NoticeSummary> mine() {
        return Persistence.named(em, "Notices.mine", Notice.class, () -> em.createQuery(
                        "select n from Notice n where n.recipient = :me order by n.createdAt desc, n.id desc", Notice.class)
                        .setMaxResults(SHOWN))
                .setParameter("me", caller.name()).getResultList().stream().map(NoticeSummary::of)
                .sorted(java.util.Comparator.comparing((NoticeSummary n) -> !n.isUnread())).toList();
    }

    /** Marks one of the caller's notices read; anyone else's does not exist for them. */
    public NoticeSummary markRead(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.getRecipient().equals(caller.name())) {
            throw new RecordNotFoundException("notice", id);
        }
        notice.markRead(Instant.now());
        return NoticeSummary.of(notice);
    }
}
