package org.clinlead.portal.cohort;

import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.projects.ProjectStatus;

/**
 * When a participant may complete the programme: at least one of their change projects reached testing
 * (a change was actually tried, not only planned) and they have written a final reflection.
 */
public final class Completion {

    private Completion() {
    }

    /** A status at or past testing means the project reached testing (statuses only move forward in practice). */
    public static boolean reachedTesting(ProjectStatus status) {
        return status != null && status.compareTo(ProjectStatus.TESTING) >= 0;
    }

    /** What still stands between a participant and completion, in words; empty when they may complete. */
    public static List<String> blockers(boolean projectReachedTesting, String finalReflection) {
        List<String> blockers = new ArrayList<>();
        if (!projectReachedTesting) {
            blockers.add("None of their change projects has reached testing yet.");
        }
        if (finalReflection == null || finalReflection.isBlank()) {
            blockers.add("They have not written their final reflection.");
        }
        return blockers;
    }
}
