package org.clinlead.portal.boards;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.clinlead.portal.people.Clinician;

/** Records a member's first opening of a paper, which the chair and secretaries see; others' openings are not kept. */
@Dependent
public class ReadReceipts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    void mark(Paper paper, Clinician reader) {
        boolean read = em.createQuery("select count(r) from PaperRead r where r.paper = :p and r.reader = :c", Long.class)
                .setParameter("p", paper).setParameter("c", reader).getSingleResult() > 0;
        if (!read && Membership.isMember(em, paper.getItem().getMeeting().getBoard(), reader, LocalDate.now(clock))) {
            em.persist(new PaperRead(paper, reader, Instant.now(clock)));
        }
    }
}
