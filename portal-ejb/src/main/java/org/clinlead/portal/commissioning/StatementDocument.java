package org.clinlead.portal.commissioning;

import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.shared.PdfDocuments;

/** The reconciliation statement as a PDF: the parties, the CQUIN value, each indicator's arithmetic, the balance. */
public final class StatementDocument {

    private StatementDocument() {
    }

    public static byte[] of(StatementView s) {
        List<String> lines = new ArrayList<>();
        lines.add("Contract " + s.reference() + ", financial year " + s.year());
        lines.add("Commissioner: " + s.commissionerName());
        lines.add("Provider: " + s.providerName());
        lines.add(s.settled() ? "The year is reconciled; these are the settled figures."
                : "Position at the latest accepted returns; the year is not yet reconciled.");
        lines.add("");
        lines.add("CQUIN value (the contract's value x its CQUIN share): " + CommissioningReads.pounds(s.cquinValue()));
        lines.add("");
        lines.add("Earned per indicator: weight x year-end achievement x CQUIN value, rounded to pence half-up:");
        for (StatementView.Line l : s.lines()) {
            lines.add("  " + l.name() + ": " + l.arithmetic());
        }
        lines.add("");
        lines.add("Earned (the sum of the lines): " + CommissioningReads.pounds(s.earned()));
        lines.add("Paid on account: " + CommissioningReads.pounds(s.paidOnAccount()));
        lines.add("Balance (earned less paid on account): " + CommissioningReads.pounds(s.balance()));
        lines.add(s.balanceText() + ".");
        return PdfDocuments.text("CQUIN reconciliation statement", lines);
    }
}
