package org.clinlead.portal.reconfiguration;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.UkTime;

/** What the reconfiguration boundaries share: a proposal as the caller sees it, the public log's view, notices. */
@Dependent
public class ReconfigurationViews {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ReconfigurationAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    @Inject
    private NoticeSender notices;

    /** Tells {@code recipients} (not the caller) about a step, once per {@code key}. */
    void notify(List<String> recipients, String subject, String body, Reconfiguration r, String key) {
        List<String> others = recipients.stream().filter(u -> !u.equals(caller.name())).distinct().toList();
        notices.send(others, subject, body, Link.to(Link.Kind.RECONFIGURATION, r.getId()), "reconfiguration:" + r.getId() + ":" + key);
    }

    /** The enabled accounts of the panel's members. */
    List<String> panelAccounts(Reconfiguration r) {
        List<String> accounts = new ArrayList<>();
        r.getPanel().forEach(m -> accounts.addAll(leads.accountsOf(m.getClinician())));
        return accounts;
    }

    /** The enabled accounts of the sponsor's commissioners and providers. */
    List<String> sponsorAccounts(Reconfiguration r) {
        return em.createQuery("select distinct a.username from UserAccount a join a.roles role where a.clinician.organisation = :o "
                + "and a.enabled = true and role in :roles", String.class).setParameter("o", r.getSponsor())
                .setParameter("roles", List.of(Role.COMMISSIONER, Role.PROVIDER)).getResultList();
    }

    ReconfigurationView view(Reconfiguration r) {
        LocalDate today = LocalDate.now(clock);
        Optional<Clinician> me = caller.clinician();
        Optional<ReviewPanelMember> mine = me.flatMap(r::member);
        List<Clinician> members = r.getPanel().stream().map(ReviewPanelMember::getClinician).toList();
        boolean runs = access.runsReviews();
        boolean open = r.getStage() == Stage.SUBMITTED || r.getStage() == Stage.CLINICAL_REVIEW;
        List<Clinician> pool = runs && open ? leads.all(today) : List.of();
        List<Clinician> screened = new ArrayList<>(members);
        pool.stream().filter(c -> r.member(c).isEmpty()).forEach(screened::add);
        Map<Long, List<String>> interests = access.interestsOf(r, screened);
        Set<Long> inside = r.concernedOrganisationIds();

        List<ReconfigurationView.PanelSeat> panel = r.getPanel().stream().map(m -> new ReconfigurationView.PanelSeat(
                m.getClinician().getId(), m.getClinician().getDisplayName(), orgName(m.getClinician()), m.isChair(),
                external(m.getClinician(), inside), interests.getOrDefault(m.getClinician().getId(), List.of()),
                m.getDeclaredInterest(), m.getInterestHandling())).toList();
        List<ReconfigurationView.PanelCandidate> candidates = pool.stream().map(c -> new ReconfigurationView.PanelCandidate(
                c.getId(), c.getDisplayName(), orgName(c), external(c, inside), interests.getOrDefault(c.getId(), List.of()),
                r.member(c).isPresent(), r.member(c).map(ReviewPanelMember::isChair).orElse(false))).toList();

        Map<Long, List<ReconfigurationView.DocumentView>> documents = new HashMap<>();
        em.createQuery("select d from EvidenceDocument d where d.item.reconfiguration = :r order by d.uploadedAt, d.id",
                EvidenceDocument.class).setParameter("r", r).getResultList().forEach(d -> documents
                .computeIfAbsent(d.getItem().getId(), k -> new ArrayList<>()).add(new ReconfigurationView.DocumentView(d.getId(),
                        d.getFileName(), d.getKind(), d.getSizeBytes(), d.getUploadedBy(), d.getUploadedAt())));
        List<ReconfigurationView.ChecklistItem> items = r.getItems().stream().map(i -> new ReconfigurationView.ChecklistItem(
                i.getId(), i.getVersion(), i.getPosition(), i.getCriterion(), i.getEvidence(), i.getEvidenceAt(),
                documents.getOrDefault(i.getId(), List.of()), i.getJudgement(), i.getJudgement() == null ? null : i.getJudgement().label(),
                i.getComment(), i.isInternal(), i.getJudgedBy(), i.getJudgedAt())).toList();
        List<ReconfigurationView.ConditionView> conditions = r.getConditions().stream().map(c -> new ReconfigurationView.ConditionView(
                c.getId(), c.getVersion(), c.getPosition(), c.getText(), c.getStatus(), c.getStatus().label(), c.getNote(),
                c.getStatusAt(), c.getStatusBy())).toList();

        List<String> myInterests = me.map(c -> interests.getOrDefault(c.getId(), List.of())).orElse(List.of());
        List<String> judgeBlockers = mine.isPresent() ? r.judgeBlockers(me.get(), myInterests) : List.of();
        List<String> recommendBlockers = mine.isPresent() && mine.get().isChair() ? r.recommendBlockers(me.get(), myInterests) : List.of();
        boolean inReview = r.getStage() == Stage.CLINICAL_REVIEW;
        boolean sponsor = access.isSponsorStaff(r) || runs;
        ReconfigurationView.ProposalActions can = new ReconfigurationView.ProposalActions(runs && open, (runs || mine.map(ReviewPanelMember::isChair)
                .orElse(false)) && open, sponsor && open, mine.isPresent() && judgeBlockers.isEmpty(),
                mine.isPresent() && inReview && !myInterests.isEmpty() && mine.get().getInterestHandling() == null,
                mine.isPresent() && inReview && !mine.get().isChair(),
                mine.isPresent() && mine.get().isChair() && inReview,
                (runs || mine.map(ReviewPanelMember::isChair).orElse(false)) && !r.getConditions().isEmpty()
                        && r.getStage().ordinal() >= Stage.RECOMMENDATION.ordinal(),
                sponsor && r.getStage() == Stage.RECOMMENDATION, runs && r.getStage() == Stage.DECIDED,
                caller.isInAny("ADMIN", "MEDICAL_DIRECTOR", "BOARD_SECRETARY", "COMMISSIONER") && r.getPathway() != null
                        && r.getStage() != Stage.CLOSED);
        List<ReconfigurationView.Party> affected = r.getAffected().stream().sorted(Comparator.comparing(Organisation::getName))
                .map(ReconfigurationViews::party).toList();
        return new ReconfigurationView(r.getId(), r.getVersion(), r.getTitle(), party(r.getSponsor()), r.getServices(),
                r.getSummary(), r.getOptions(), r.getPathway() == null ? null : r.getPathway().getCode(),
                r.getPathway() == null ? null : r.getPathway().getName(), Set.copyOf(r.getAims()), affected, r.getStage(),
                r.getStage().label(), stages(r), r.getSubmitterName(), panel, items,
                (int) r.getItems().stream().filter(EvidenceItem::isJudged).count(),
                r.getRecommendation() == null ? null : r.getRecommendation().name(),
                r.getRecommendation() == null ? null : r.getRecommendation().label(), r.getRationale(), conditions,
                r.getDecision(), r.getDecidedOn(), can, judgeBlockers, recommendBlockers, myInterests,
                mine.map(ReviewPanelMember::getInterestHandling).orElse(null), candidates);
    }

    static List<ReconfigurationView.StageDate> stages(Reconfiguration r) {
        Instant[] at = {r.getSubmittedAt(), r.getReviewStartedAt(), r.getRecommendedAt(), r.getDecisionRecordedAt(), r.getClosedAt()};
        List<ReconfigurationView.StageDate> stages = new ArrayList<>();
        for (Stage s : Stage.values()) {
            stages.add(new ReconfigurationView.StageDate(s, s.label(), at[s.ordinal()]));
        }
        return stages;
    }

    /** The public log's view: nothing internal. */
    static PublicReconfiguration publicView(Reconfiguration r) {
        List<Stage> done = stages(r).stream().filter(s -> s.at() != null).map(ReconfigurationView.StageDate::stage).toList();
        return new PublicReconfiguration(r.getId(), r.getTitle(), r.getSponsor().getName(), r.getServices(), r.getSummary(),
                r.getPathway() == null ? null : r.getPathway().getName(),
                r.getAffected().stream().map(Organisation::getName).sorted().toList(), r.getStage().label(), done,
                day(r.getSubmittedAt()), day(r.getReviewStartedAt()), day(r.getRecommendedAt()), r.getDecidedOn(),
                day(r.getClosedAt()), r.getPanel().stream().map(m -> m.getClinician().getDisplayName()).toList(),
                r.chair().map(m -> m.getClinician().getDisplayName()).orElse(null),
                r.getItems().stream().filter(EvidenceItem::isJudged).map(i -> new PublicReconfiguration.PublicJudgement(
                        i.getCriterion(), i.getJudgement().label(), i.isInternal() ? null : i.getComment())).toList(),
                r.getRecommendation() == null ? null : r.getRecommendation().label(), r.getRationale(),
                r.getConditions().stream().map(c -> new PublicReconfiguration.PublicCondition(c.getText(), c.getStatus().label()))
                        .toList(), r.getDecision());
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(UkTime.ZONE).toLocalDate();
    }

    static ReconfigurationView.Party party(Organisation o) {
        return new ReconfigurationView.Party(o.getId(), o.getNationalCode(), o.getName());
    }

    private static String orgName(Clinician c) {
        return c.getOrganisation() == null ? null : c.getOrganisation().getName();
    }

    private static boolean external(Clinician c, Set<Long> inside) {
        return c.getOrganisation() == null || !inside.contains(c.getOrganisation().getId());
    }

    static String shortened(String text) {
        return text.length() > 160 ? text.substring(0, 159) + "…" : text;
    }
}
