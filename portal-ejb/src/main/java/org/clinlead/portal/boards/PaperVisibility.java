package org.clinlead.portal.boards;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.LiveInterests;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;

/**
 * The facts {@link PaperAccess} decides on, gathered for the caller: whether they run the boards, are a member
 * of the paper's board, and are conflicted on a confidential item (a live interest in an organisation it
 * concerns, unless the chair let them take part).
 */
@Dependent
public class PaperVisibility {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private BoardReads reads;

    @Inject
    private Clock clock;

    /** Secretaries and administrators, who run every board and see every paper. */
    boolean overseer() {
        return caller.isInAny(ADMIN, BOARD_SECRETARY);
    }

    boolean medicalDirector() {
        return caller.isIn(MEDICAL_DIRECTOR);
    }

    PaperAccess of(Paper paper) {
        if (overseer()) {
            return PaperAccess.FULL;
        }
        Meeting meeting = paper.getItem().getMeeting();
        Optional<Clinician> me = caller.clinician();
        boolean member = me.isPresent() && Membership.isMember(em, meeting.getBoard(), me.get(), LocalDate.now(clock));
        boolean conflicted = member && paper.isConfidential()
                && withheldItems(me.get(), List.of(paper.getItem())).contains(paper.getItem().getId());
        return PaperAccess.of(false, meeting.isPublished(), member, conflicted, medicalDirector(), paper.isConfidential());
    }

    /** The confidential items among {@code items} whose papers are withheld from {@code member} because of a conflict. */
    Set<Long> withheldItems(Clinician member, Collection<AgendaItem> items) {
        List<AgendaItem> confidential = items.stream().filter(AgendaItem::isConfidential).distinct().toList();
        if (confidential.isEmpty()) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Declaration> mine = reads.declarationsOf(List.of(member.getId())).getOrDefault(member.getId(), List.of());
        Map<Long, ItemConflict> allowed = em.createQuery("select c from ItemConflict c where c.member = :me "
                        + "and c.item in :items", ItemConflict.class).setParameter("me", member)
                .setParameter("items", confidential).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getItem().getId(), Function.identity()));
        // The items' organisations in one statement, not one per item.
        Map<Long, Set<Long>> organisations = em.createQuery("select i.id, o.id from AgendaItem i join i.organisations o "
                        + "where i.id in :ids", Object[].class).setParameter("ids", confidential.stream().map(AgendaItem::getId).toList())
                .getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (Long) r[1], Collectors.toSet())));
        Set<Long> withheld = new HashSet<>();
        for (AgendaItem item : confidential) {
            Set<Long> orgs = organisations.getOrDefault(item.getId(), Set.of());
            boolean conflicted = !LiveInterests.flags(mine, orgs, today).isEmpty();
            ItemConflict record = allowed.get(item.getId());
            if (conflicted && (record == null || !record.tookPart())) {
                withheld.add(item.getId());
            }
        }
        return withheld;
    }
}
