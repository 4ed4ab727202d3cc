package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.projects.ProjectSummary;

/**
 * A participant's page: their place, mentor, sessions, projects, reflection and what still stands between
 * them and completion; and what the caller may do.
 */
public record ParticipantPage(ParticipantView participant, String finalReflection, List<String> completionBlockers,
        List<SessionView> sessions, List<ProjectSummary> projects, boolean canRecordSession, boolean canReflect,
        boolean canManage) implements Serializable {
}
