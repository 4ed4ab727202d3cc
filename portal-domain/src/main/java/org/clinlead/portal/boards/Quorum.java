package org.clinlead.portal.boards;

import java.util.Collection;
import java.util.Set;

/**
 * Quorum for an item: the voting members present, less those who did not take part because of a conflict
 * (left the room, or stayed without voting), must reach the board's minimum — and, where the board says so,
 * include at least one senior clinical lead.
 */
public final class Quorum {

    /** A voting member present at the meeting. */
    public record Present(long clinicianId, boolean lead) {
    }

    /** The outcome for one item, with the reason in words when it is inquorate. */
    public record Result(boolean quorate, int counted, int needed, String reason) {
    }

    private Quorum() {
    }

    public static Result forItem(int minimum, boolean needsLead, Collection<Present> votingPresent, Set<Long> notTakingPart) {
        var counted = votingPresent.stream().filter(p -> !notTakingPart.contains(p.clinicianId())).toList();
        if (counted.size() < minimum) {
            return new Result(false, counted.size(), minimum, "Inquorate: " + counted.size() + " voting member"
                    + (counted.size() == 1 ? "" : "s") + " taking part, " + minimum + " needed"
                    + (notTakingPart.isEmpty() ? "." : " (members with a conflict who did not take part are not counted)."));
        }
        if (needsLead && counted.stream().noneMatch(Present::lead)) {
            return new Result(false, counted.size(), minimum, "Inquorate: no senior clinical lead is taking part, and this "
                    + "board's quorum needs one.");
        }
        return new Result(true, counted.size(), minimum, null);
    }
}
