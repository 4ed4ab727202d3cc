package org.clinlead.portal.advice;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.commissioning.QualityIndicator;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.profiles.ProfileIndicator;
import org.clinlead.portal.reconfiguration.Reconfiguration;

/**
 * What the advice boundaries share: a request as the caller sees it (with what they may do now), and telling the
 * other side about a step.
 */
@Dependent
public class AdviceViews {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AdviceAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    @Inject
    private NoticeSender notices;

    void notify(List<String> recipients, String subject, String body, AdviceRequest r, String key) {
        List<String> others = recipients.stream().filter(u -> !u.equals(caller.name())).toList();
        notices.send(others, subject, body, Link.to(Link.Kind.ADVICE_REQUEST, r.getId()), "advice:" + r.getId() + ":" + key);
    }


    static String shortened(String text) {
        return text.length() > 160 ? text.substring(0, 159) + "…" : text;
    }


    AdviceRequestView view(AdviceRequest r) {
        LocalDate today = LocalDate.now(clock);
        boolean requester = access.isRequester(r) || caller.isIn(ADMIN);
        boolean responder = access.isResponder(r);
        boolean lead = access.leadsItsNetwork(r);
        List<String> mine = responder || lead && r.getStatus() == AdviceStatus.OPEN
                ? caller.clinician().map(c -> access.interestsIn(r, c)).orElse(List.of()) : List.of();
        boolean accepted = r.getStatus() == AdviceStatus.ACCEPTED;
        AdviceRequestView.Allowed can = new AdviceRequestView.Allowed(lead && r.getStatus() == AdviceStatus.OPEN,
                (lead || caller.isIn(ADMIN) || responder) && r.getStatus().isPending(),
                responder && accepted && !mine.isEmpty() && r.getInterestHandling() == null,
                responder && accepted && (mine.isEmpty() || r.getInterestHandling() != null),
                requester && r.getStatus() == AdviceStatus.ANSWERED, requester && r.getStatus().isPending());
        List<AdviceRequestView.Responder> responders = new ArrayList<>();
        if (can.assign()) {
            Set<Long> onPathway = Set.copyOf(access.networkLeads(r, today).stream().map(Clinician::getId).toList());
            leads.all(today).forEach(c -> responders.add(new AdviceRequestView.Responder(c.getId(), c.getDisplayName(),
                    onPathway.contains(c.getId()))));
            responders.sort((a, b) -> Boolean.compare(b.onPathway(), a.onPathway()));
        }
        List<AdviceRequestView.Evidence> evidence = em.createQuery("select e from AdviceEvidence e where e.request = :r "
                + "order by e.uploadedAt, e.id", AdviceEvidence.class).setParameter("r", r).getResultList().stream()
                .map(AdviceViews::evidence).toList();
        return new AdviceRequestView(AdviceSummary.of(r, today), r.getBackground(), List.copyOf(r.getAims()),
                r.getOrganisations().stream().map(o -> new AdviceRequestView.Organisation(o.getId(), o.getNationalCode(), o.getName()))
                        .toList(), r.getAcceptedAt(), r.getDeclaredInterest(), r.getInterestHandling(), r.getAdvice(),
                r.getRecommendation(), r.getAnsweredAt(), r.getOutcome() == null ? null : r.getOutcome().label(),
                r.getOutcomeReason(), r.getOutcomeAt(), evidence, mine, responders, can, subjectKey(r));
    }


    private String subjectKey(AdviceRequest r) {
        if (r.getSubject() == null) {
            return null;
        }
        return switch (r.getSubject()) {
            case PROFILE_INDICATOR -> {
                ProfileIndicator i = em.find(ProfileIndicator.class, r.getSubjectId());
                yield i == null ? null : i.getCode();
            }
            case CQUIN_INDICATOR -> {
                QualityIndicator i = em.find(QualityIndicator.class, r.getSubjectId());
                yield i == null ? null : String.valueOf(i.getContract().getId());
            }
            case AGENDA_ITEM -> {
                AgendaItem i = em.find(AgendaItem.class, r.getSubjectId());
                yield i == null ? null : String.valueOf(i.getMeeting().getId());
            }
            case RECONFIGURATION -> em.find(Reconfiguration.class, r.getSubjectId()) == null ? null : String.valueOf(r.getSubjectId());
            case TARGET_SERIES -> em.find(org.clinlead.portal.targets.TargetSeries.class, r.getSubjectId()) == null ? null
                    : String.valueOf(r.getSubjectId());
        };
    }


    static AdviceRequestView.Evidence evidence(AdviceEvidence e) {
        return new AdviceRequestView.Evidence(e.getId(), e.getFileName(), e.getKind(), e.getSizeBytes(), e.getUploadedBy(),
                e.getUploadedAt());
    }
}
