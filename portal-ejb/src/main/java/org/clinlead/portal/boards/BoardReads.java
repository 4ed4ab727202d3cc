package org.clinlead.portal.boards;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.people.Role;

/**
 * The boards' queries, in one place: the boundaries of this package load through here and keep their own
 * code to loading, calling the domain, saving and auditing.
 */
@Dependent
public class BoardReads {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    List<AgendaItem> items(Meeting meeting) {
        return em.createQuery("select i from AgendaItem i left join fetch i.cquinContract left join fetch i.cquinIndicator "
                + "where i.meeting = :m order by i.order, i.id", AgendaItem.class)
                .setParameter("m", meeting).getResultList();
    }

    int nextItemOrder(Meeting meeting) {
        return em.createQuery("select coalesce(max(i.order), 0) from AgendaItem i where i.meeting = :m", Integer.class)
                .setParameter("m", meeting).getSingleResult() + 1;
    }

    /** The board's next meeting after {@code now}; with {@code packOpen}, only one whose pack is not yet out. */
    Optional<Meeting> nextMeeting(Board board, Instant now, boolean packOpen) {
        return em.createQuery("select m from Meeting m where m.board = :b and m.startsAt > :now "
                        + (packOpen ? "and m.packPublishedAt is null " : "") + "order by m.startsAt", Meeting.class)
                .setParameter("b", board).setParameter("now", now).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The first meeting after {@code now} of every board that has one, by board id. */
    Map<Long, Meeting> nextMeetings(Instant now) {
        Map<Long, Meeting> next = new HashMap<>();
        for (Meeting m : em.createQuery("select m from Meeting m where m.startsAt > :now order by m.startsAt", Meeting.class)
                .setParameter("now", now).getResultList()) {
            next.putIfAbsent(m.getBoard().getId(), m);
        }
        return next;
    }

    Map<Long, PaperVersion> latestVersions(List<Paper> papers) {
        if (papers.isEmpty()) {
            return Map.of();
        }
        Map<Long, PaperVersion> latest = new HashMap<>();
        for (PaperVersion v : em.createQuery("select v from PaperVersion v where v.paper in :papers order by v.number",
                PaperVersion.class).setParameter("papers", papers).getResultList()) {
            latest.put(v.getPaper().getId(), v);
        }
        return latest;
    }

    PaperVersion latest(Paper paper) {
        List<PaperVersion> versions = versionsOf(paper);
        return versions.get(versions.size() - 1);
    }

    List<PaperVersion> versionsOf(Paper paper) {
        return em.createQuery("select v from PaperVersion v where v.paper = :p order by v.number", PaperVersion.class)
                .setParameter("p", paper).getResultList();
    }

    List<PaperReview> reviewsOf(Paper paper) {
        return em.createQuery("select r from PaperReview r join fetch r.reviewer where r.paper = :p order by r.updatedAt",
                PaperReview.class).setParameter("p", paper).getResultList();
    }

    List<PaperRead> readsOf(Paper paper) {
        return em.createQuery("select r from PaperRead r join fetch r.reader where r.paper = :p order by r.firstReadAt",
                PaperRead.class).setParameter("p", paper).getResultList();
    }

    /** Each clinician's declarations (with their organisations), by clinician id. */
    Map<Long, List<Declaration>> declarationsOf(List<Long> clinicianIds) {
        if (clinicianIds.isEmpty()) {
            return Map.of();
        }
        // Grouped by the clinician's id as read with each row: asking a declaration for its clinician read the
        // clinician too, one statement per person.
        return em.createQuery("select d, d.clinician.id from Declaration d left join fetch d.organisation "
                        + "where d.clinician.id in :ids", Object[].class).setParameter("ids", clinicianIds).getResultList()
                .stream().collect(Collectors.groupingBy(r -> (Long) r[1], Collectors.mapping(r -> (Declaration) r[0],
                        Collectors.toList())));
    }

    /** The accounts of these clinicians, for notices. */
    /** The accounts of the board's members on the meeting's day. */
    List<String> memberAccounts(Meeting meeting) {
        return accounts(Membership.of(em, meeting.getBoard(), meeting.getStartsAt().atZone(org.clinlead.portal.shared.UkTime.ZONE)
                .toLocalDate()).stream().map(MemberView::clinicianId).toList());
    }

    List<String> accounts(List<Long> clinicianIds) {
        if (clinicianIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.username from UserAccount a where a.clinician.id in :ids", String.class)
                .setParameter("ids", clinicianIds).getResultList();
    }

    List<String> secretaries() {
        return em.createQuery("select a.username from UserAccount a join a.roles r where r = :s", String.class)
                .setParameter("s", Role.BOARD_SECRETARY).getResultList();
    }
}
