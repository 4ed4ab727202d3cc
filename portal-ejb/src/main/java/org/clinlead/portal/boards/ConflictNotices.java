package org.clinlead.portal.boards;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.LiveInterests;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.UkTime;

/**
 * Tells a member, the board's chair and the secretaries when a member has a live interest in an organisation
 * an agenda item concerns: when the item is added, when the pack is published, and when the member declares
 * the interest later ({@link ConflictWatch}). Each flag is sent once per item, member and occasion.
 */
@Dependent
public class ConflictNotices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private NoticeSender notices;

    @Inject
    private BoardReads reads;

    @Inject
    private Clock clock;

    void flag(Meeting meeting, List<AgendaItem> items, String occasion) {
        LocalDate today = LocalDate.now(clock);
        Board board = meeting.getBoard();
        List<MemberView> members = Membership.of(em, board, today);
        Map<Long, List<Declaration>> declarations = reads.declarationsOf(members.stream().map(MemberView::clinicianId).toList());
        List<String> secretaries = reads.secretaries();
        List<String> chairs = reads.accounts(Membership.chairs(em, board, today));
        for (AgendaItem item : items) {
            Set<Long> orgs = item.getOrganisations().stream().map(Organisation::getId).collect(Collectors.toSet());
            for (MemberView member : members) {
                List<String> flags = LiveInterests.flags(declarations.getOrDefault(member.clinicianId(), List.of()), orgs,
                        today);
                if (flags.isEmpty()) {
                    continue;
                }
                Set<String> recipients = new LinkedHashSet<>(reads.accounts(List.of(member.clinicianId())));
                recipients.addAll(chairs);
                recipients.addAll(secretaries);
                notices.send(recipients, "Conflict flagged: " + member.name() + " on \"" + item.getTitle() + "\"",
                        member.name() + " has a declared " + String.join("; ", flags) + ". The item is on the "
                                + board.getName() + " agenda for " + meeting.getStartsAt().atZone(UkTime.ZONE).toLocalDate()
                                + (item.isConfidential() ? "; it is confidential, so its papers are withheld from them." : "."),
                        Link.to(Link.Kind.MEETING, meeting.getId()),
                        "item-conflict:" + occasion + ":" + item.getId() + ":" + member.clinicianId());
            }
        }
    }

    /** Flags a newly declared interest on the agendas of meetings not yet held, where the clinician is a member. */
    void flagUpcoming(long clinicianId, long organisationId) {
        List<AgendaItem> items = em.createQuery("select i from AgendaItem i join i.organisations o join fetch i.meeting m "
                        + "where o.id = :org and m.startsAt > :now", AgendaItem.class)
                .setParameter("org", organisationId).setParameter("now", Instant.now(clock)).getResultList();
        Clinician clinician = em.find(Clinician.class, clinicianId);
        for (AgendaItem item : items) {
            if (Membership.isMember(em, item.getMeeting().getBoard(), clinician, LocalDate.now(clock))) {
                flag(item.getMeeting(), List.of(item), "interest-declared");
            }
        }
    }
}
