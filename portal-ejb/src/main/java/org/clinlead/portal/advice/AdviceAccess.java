package org.clinlead.portal.advice;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.boards.BoardMember;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.LiveInterests;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;

/**
 * Who sees a request for advice: administrators and medical directors every one; the requester theirs; the senior
 * clinical leads in post those of their pathways; the responder the one they answer; a board member those about an
 * item of a board they sit on. To anyone else it does not exist (404); someone who sees it but may not do the thing
 * is refused (403).
 */
@Dependent
public class AdviceAccess {

    static final String REQUEST = "advice request";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    boolean readsAll() {
        return caller.isInAny(ADMIN, MEDICAL_DIRECTOR);
    }

    List<String> myPathways() {
        return caller.clinician().map(c -> leads.pathwaysOf(c, LocalDate.now(clock))).orElse(List.of());
    }

    boolean isRequester(AdviceRequest r) {
        return r.getRequestedBy().equals(caller.name());
    }

    boolean isResponder(AdviceRequest r) {
        Optional<Clinician> me = caller.clinician();
        return me.isPresent() && r.getResponder() != null && r.getResponder().getId().equals(me.get().getId());
    }

    List<String> myProgrammes() {
        return caller.clinician().map(c -> leads.programmesOf(c, LocalDate.now(clock))).orElse(List.of());
    }

    /** Whether the caller is a lead in post of the pathway or the key programme the request asks. */
    boolean leadsItsNetwork(AdviceRequest r) {
        return r.getPathway() != null ? myPathways().contains(r.getPathway().getCode())
                : myProgrammes().contains(r.getProgramme().getCode());
    }

    /** The leads in post of the pathway or the key programme the request asks. */
    List<Clinician> networkLeads(AdviceRequest r, LocalDate day) {
        return r.getPathway() != null ? leads.on(r.getPathway().getCode(), day) : leads.onProgramme(r.getProgramme().getCode(), day);
    }

    /** Their enabled accounts. */
    List<String> networkAccounts(AdviceRequest r, LocalDate day) {
        return r.getPathway() != null ? leads.accountsOn(r.getPathway().getCode(), day)
                : leads.accountsOnProgramme(r.getProgramme().getCode(), day);
    }

    AdviceRequest visible(long id) {
        AdviceRequest r = Records.find(em, AdviceRequest.class, id, REQUEST);
        if (readsAll() || isRequester(r) || isResponder(r) || leadsItsNetwork(r) || onMyBoard(r)) {
            return r;
        }
        throw new RecordNotFoundException(REQUEST, id);
    }

    private boolean onMyBoard(AdviceRequest r) {
        Optional<Clinician> me = caller.clinician();
        if (r.getSubject() != AdviceSubject.AGENDA_ITEM || !caller.isIn(BOARD_MEMBER) || me.isEmpty()) {
            return false;
        }
        return em.createQuery("select count(m) from BoardMember m, AgendaItem i where i.id = :item "
                        + "and m.board = i.meeting.board and m.clinician = :me", Long.class)
                .setParameter("item", r.getSubjectId()).setParameter("me", me.get()).getSingleResult() > 0;
    }

    /** The request, for its requester (or an administrator) to act on. */
    AdviceRequest asRequester(long id, String toDoWhat) {
        AdviceRequest r = visible(id);
        if (!isRequester(r) && !caller.isIn(ADMIN)) {
            throw new AccessRefusedException("Only " + r.getRequesterName() + ", who asked, " + toDoWhat + ".");
        }
        return r;
    }

    /** The request, for its responder to act on. */
    AdviceRequest asResponder(long id, String toDoWhat) {
        AdviceRequest r = visible(id);
        if (!isResponder(r)) {
            throw new AccessRefusedException(r.getResponder() == null ? "Accept the request before you " + toDoWhat + "."
                    : "Only " + r.getResponder().getDisplayName() + ", who is answering this request, " + toDoWhat + ".");
        }
        return r;
    }

    /** The caller's live declared interests in the organisations concerned, in words (empty for none). */
    List<String> interestsIn(AdviceRequest r, Clinician who) {
        Set<Long> organisations = r.getOrganisations().stream().map(Organisation::getId).collect(Collectors.toSet());
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<Declaration> declarations = em.createQuery("select d from Declaration d left join fetch d.organisation "
                + "where d.clinician = :me", Declaration.class).setParameter("me", who).getResultList();
        return LiveInterests.flags(declarations, organisations, LocalDate.now(clock));
    }

    /** The list scope: what {@link #visible} allows, as a query condition. */
    Predicate scope(CriteriaBuilder cb, AbstractQuery<?> query, Root<AdviceRequest> r) {
        if (readsAll()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        any.add(cb.equal(r.get("requestedBy"), caller.name()));
        Optional<Clinician> me = caller.clinician();
        if (me.isPresent()) {
            any.add(cb.equal(r.get("responder"), me.get()));
            List<String> pathways = myPathways();
            if (!pathways.isEmpty()) {
                any.add(r.get("pathwayCode").in(pathways));
            }
            List<String> programmes = myProgrammes();
            if (!programmes.isEmpty()) {
                any.add(r.get("programmeCode").in(programmes));
            }
            if (caller.isIn(BOARD_MEMBER)) {
                Subquery<Long> items = query.subquery(Long.class);
                Root<AgendaItem> i = items.from(AgendaItem.class);
                Root<BoardMember> m = items.from(BoardMember.class);
                items.select(i.get("id")).where(cb.equal(m.get("board"), i.get("meeting").get("board")),
                        cb.equal(m.get("clinician").get("id"), me.get().getId()));
                any.add(cb.and(cb.equal(r.get("subject"), AdviceSubject.AGENDA_ITEM), r.get("subjectId").in(items)));
            }
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    /** The caller as people see them. */
    String displayName() {
        return em.createQuery("select a.displayName from UserAccount a where a.username = :u", String.class)
                .setParameter("u", caller.name()).getResultList().stream().findFirst().orElse(caller.name());
    }
}
