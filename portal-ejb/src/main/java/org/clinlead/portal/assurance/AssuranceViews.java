package org.clinlead.portal.assurance;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.UkTime;

/** What the assurance boundaries share: a review as the caller sees it, a list row, notices. */
@Dependent
public class AssuranceViews {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AssuranceAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    @Inject
    private NoticeSender notices;

    void notify(List<String> recipients, String subject, String body, AssuranceReview r, String key) {
        List<String> others = recipients.stream().filter(u -> !u.equals(caller.name())).distinct().toList();
        notices.send(others, subject, body, Link.to(Link.Kind.ASSURANCE_REVIEW, r.getId()), "assurance:" + r.getId() + ":" + key);
    }

    List<String> panelAccounts(AssuranceReview r) {
        List<String> accounts = new ArrayList<>();
        r.getPanel().forEach(m -> accounts.addAll(leads.accountsOf(m.getClinician())));
        return accounts;
    }

    static AssuranceReviewSummary summary(AssuranceReview r, LocalDate today) {
        int open = 0;
        int overdue = 0;
        for (AssuranceRecommendation x : r.getRecommendations()) {
            open += x.getStatus() == RecommendationStatus.COMPLETED ? 0 : 1;
            overdue += x.isOverdue(today) ? 1 : 0;
        }
        return new AssuranceReviewSummary(r.getId(), r.getTitle(), r.getSubject(), r.getSubject().label(),
                r.getOrganisation().getNationalCode(), r.getOrganisation().getName(), r.period(), r.isOpen(), r.getLevel(),
                r.getLevel() == null ? null : r.getLevel().label(), r.getOpenedAt().atZone(UkTime.ZONE).toLocalDate(),
                r.getConcludedAt() == null ? null : r.getConcludedAt().atZone(UkTime.ZONE).toLocalDate(), open, overdue);
    }

    AssuranceReviewView view(AssuranceReview r) {
        LocalDate today = LocalDate.now(clock);
        Optional<Clinician> me = caller.clinician();
        Optional<AssurancePanelMember> mine = me.flatMap(r::member);
        boolean runs = access.runsReviews();
        List<Clinician> pool = runs && r.isOpen() ? leads.all(today) : List.of();
        List<Clinician> screened = new ArrayList<>(r.getPanel().stream().map(AssurancePanelMember::getClinician).toList());
        pool.stream().filter(c -> r.member(c).isEmpty()).forEach(screened::add);
        Map<Long, List<String>> interests = access.interestsOf(r, screened);

        List<AssuranceReviewView.AssuranceSeat> panel = r.getPanel().stream().map(m -> new AssuranceReviewView.AssuranceSeat(
                m.getClinician().getId(), m.getClinician().getDisplayName(), orgName(m.getClinician()), m.isChair(),
                interests.getOrDefault(m.getClinician().getId(), List.of()), m.getDeclaredInterest(), m.getInterestHandling(),
                (int) r.getCriteria().stream().filter(c -> c.ratingBy(m.getClinician()).isPresent()).count())).toList();
        List<AssuranceReviewView.AssuranceCriterionView> criteria = r.getCriteria().stream().map(c -> {
            Optional<CriterionRating> my = me.flatMap(c::ratingBy);
            return new AssuranceReviewView.AssuranceCriterionView(c.getId(), c.getVersion(), c.getPosition(), c.getName(), c.panelRating(),
                    c.getRatings().stream().map(x -> new AssuranceReviewView.RatingView(x.getClinician().getDisplayName(),
                            x.getRag(), x.getComment(), x.getRatedAt())).toList(),
                    my.map(CriterionRating::getRag).orElse(null), my.map(CriterionRating::getComment).orElse(null));
        }).toList();
        boolean chair = mine.map(AssurancePanelMember::isChair).orElse(false);
        List<AssuranceReviewView.RecommendationView> recommendations = r.getRecommendations().stream()
                .map(x -> new AssuranceReviewView.RecommendationView(x.getId(), x.getVersion(), x.getPosition(), x.getText(),
                        x.getOwner(), x.getOwnerName(), x.getDueOn(), x.getStatus(), x.getStatus().label(), x.getNote(),
                        x.isOverdue(today))).toList();
        List<String> myInterests = me.map(c -> interests.getOrDefault(c.getId(), List.of())).orElse(List.of());
        List<String> rateBlockers = mine.isPresent() ? r.rateBlockers(me.get(), myInterests) : List.of();
        List<String> concludeBlockers = chair ? r.concludeBlockers(me.get(), myInterests) : List.of();
        boolean ownsOne = r.getRecommendations().stream().anyMatch(x -> x.getOwner().equals(caller.name()));
        AssuranceReviewView.AssuranceActions can = new AssuranceReviewView.AssuranceActions(runs && r.isOpen(),
                (runs || access.ofMyOrganisation(r)) && r.isOpen(), (runs || chair) && r.isOpen(),
                mine.isPresent() && rateBlockers.isEmpty(),
                mine.isPresent() && r.isOpen() && !myInterests.isEmpty() && mine.get().getInterestHandling() == null,
                mine.isPresent() && r.isOpen() && !chair, chair && r.isOpen(),
                !r.isOpen() && (runs || chair || ownsOne) && !r.getRecommendations().isEmpty());
        List<AssuranceReviewView.AssuranceCandidate> candidates = pool.stream().map(c -> new AssuranceReviewView.AssuranceCandidate(
                c.getId(), c.getDisplayName(), orgName(c), interests.getOrDefault(c.getId(), List.of()), r.member(c).isPresent(),
                r.member(c).map(AssurancePanelMember::isChair).orElse(false))).toList();
        List<AssuranceReviewView.OwnerChoice> owners = chair && r.isOpen() ? owners(r) : List.of();
        AssuranceReviewView.PlanFile plan = r.getPlanSha256() == null ? null
                : new AssuranceReviewView.PlanFile(r.getPlanFileName(), r.getPlanSizeBytes(), r.getPlanUploadedAt());
        return new AssuranceReviewView(summary(r, today), r.getVersion(), Set.copyOf(r.getAims()),
                r.getPathways().stream().map(Pathway::getName).sorted().toList(), plan, r.getOpenedBy(), r.getOpenedAt(),
                r.getConclusion(), r.getConcludedAt(), panel, criteria, recommendations, can, rateBlockers, concludeBlockers,
                myInterests, candidates, owners);
    }

    /** Who can own a recommendation: the organisation's staff, commissioners and providers, the regional team. */
    private List<AssuranceReviewView.OwnerChoice> owners(AssuranceReview r) {
        return em.createQuery("select distinct a.username, a.displayName from UserAccount a join a.roles role "
                        + "left join a.clinician c where a.enabled = true and (c.organisation = :o or role in :regional) "
                        + "order by a.displayName", Object[].class).setParameter("o", r.getOrganisation())
                .setParameter("regional", List.of(org.clinlead.portal.people.Role.MEDICAL_DIRECTOR, org.clinlead.portal.people.Role.ADMIN,
                        org.clinlead.portal.people.Role.COMMISSIONER, org.clinlead.portal.people.Role.PROVIDER))
                .setMaxResults(200).getResultList().stream()
                .map(o -> new AssuranceReviewView.OwnerChoice((String) o[0], (String) o[1])).toList();
    }

    private static String orgName(Clinician c) {
        return c.getOrganisation() == null ? null : c.getOrganisation().getName();
    }
}
