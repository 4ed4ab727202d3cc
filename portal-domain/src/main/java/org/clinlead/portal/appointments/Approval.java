package org.clinlead.portal.appointments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The preconditions of a medical director's approval, in one place so the approval screen can list what
 * still stands in the way and the boundary refuses on exactly the same grounds.
 */
public final class Approval {

    private Approval() {
    }

    /**
     * Everything that stops {@code application} being approved now, in words; empty when it can be.
     *
     * @param unhandledConflicts conflict flags (for the approver or a panel member) with no management statement
     */
    public static List<String> blockers(LeadApplication application, Collection<PanelMember> panel,
            Collection<Score> scores, boolean declarationCurrent, boolean seatFilled, long leadsInPost, LeadCap cap,
            Collection<String> unhandledConflicts) {
        List<String> blockers = new ArrayList<>();
        if (application.getStatus() != ApplicationStatus.RECOMMENDED) {
            blockers.add(application.isDecided() ? "The application has already been decided."
                    : "The panel chair has not recommended this application.");
        }
        blockers.addAll(missingScores(application, panel, scores));
        if (!declarationCurrent) {
            blockers.add("The candidate's declaration of interests is not current for this year.");
        }
        if (seatFilled) {
            blockers.add("The " + application.getVacancy().getSeat().getLabel() + " is already filled.");
        }
        if (leadsInPost >= cap.getCap()) {
            blockers.add("The regional cap of " + cap.getCap() + " senior clinical leads is reached.");
        }
        for (String conflict : unhandledConflicts) {
            blockers.add("Conflict not yet managed: " + conflict);
        }
        return blockers;
    }

    /** Each panel member × criterion pair without a score, in words; a panel smaller than two is a gap too. */
    public static List<String> missingScores(LeadApplication application, Collection<PanelMember> panel,
            Collection<Score> scores) {
        List<String> missing = new ArrayList<>();
        if (panel.size() < PanelMember.MIN_SIZE) {
            missing.add("The panel has " + panel.size() + " member" + (panel.size() == 1 ? "" : "s")
                    + "; at least " + PanelMember.MIN_SIZE + " must score.");
        }
        for (PanelMember member : panel) {
            for (Criterion criterion : application.getVacancy().getCriteria()) {
                boolean scored = scores.stream().anyMatch(s -> Conflicts.same(s.getAssessor(), member.getClinician())
                        && sameCriterion(s.getCriterion(), criterion));
                if (!scored) {
                    missing.add(member.getClinician().getDisplayName() + " has not scored \"" + criterion.getName() + "\".");
                }
            }
        }
        return missing;
    }

    private static boolean sameCriterion(Criterion a, Criterion b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }
}
