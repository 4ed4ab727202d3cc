package org.clinlead.portal.assurance;

import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.shared.PdfDocuments;
import org.clinlead.portal.shared.UkTime;

/** An assurance review's report as a PDF, in the order a board reads it. */
final class AssuranceReport {

    private AssuranceReport() {
    }

    static byte[] of(AssuranceReviewView v) {
        AssuranceReviewSummary s = v.summary();
        List<String> lines = new ArrayList<>();
        lines.add(s.subjectLabel() + ": " + s.title());
        lines.add("Organisation: " + s.organisationName() + " (" + s.organisationCode() + "), period " + s.period());
        lines.add("Opened by " + v.openedBy() + " on " + UkTime.format(v.openedAt()));
        lines.add(v.plan() == null ? "Plan: not yet attached" : "Plan: " + v.plan().fileName());
        lines.add("Aims: " + String.join(", ", v.aims().stream().sorted().toList())
                + (v.pathways().isEmpty() ? "" : "; pathways: " + String.join(", ", v.pathways())));
        lines.add("");
        lines.add("Clinical panel:");
        for (AssuranceReviewView.AssuranceSeat m : v.panel()) {
            lines.add("  " + m.name() + (m.chair() ? " (chair)" : "") + (m.organisation() == null ? "" : ", " + m.organisation())
                    + (m.handling() == null ? "" : "; declared interest: " + m.declaredInterest() + ", managed by: " + m.handling()));
        }
        lines.add("");
        lines.add("Criteria (the panel's rating is the middle one of its members'):");
        for (AssuranceReviewView.AssuranceCriterionView c : v.criteria()) {
            lines.add("  " + c.position() + ". " + c.name() + ": " + (c.panelRating() == null ? "not rated" : c.panelRating().label()));
            for (AssuranceReviewView.RatingView r : c.ratings()) {
                lines.add("     " + r.memberName() + " - " + r.rag().label() + ": " + r.comment());
            }
        }
        lines.add("");
        if (s.open()) {
            lines.add("The review is in progress: no conclusion yet.");
        } else {
            lines.add("Conclusion (" + UkTime.format(v.concludedAt()) + "): " + s.levelLabel());
            lines.add(v.conclusion());
            lines.add("");
            lines.add("Recommendations:");
            for (AssuranceReviewView.RecommendationView r : v.recommendations()) {
                lines.add("  " + r.position() + ". " + r.text() + " - owner " + r.ownerName() + ", due " + UkTime.format(r.dueOn())
                        + ", " + r.statusLabel().toLowerCase(java.util.Locale.ROOT) + (r.overdue() ? " (overdue)" : ""));
            }
        }
        return PdfDocuments.text("Clinical assurance report", lines);
    }
}
