package org.clinlead.portal.projects;

import java.io.Serializable;
import java.util.List;

/** The project page: the project, its measures with their charts, its PDSA timeline, its team; what the caller may do. */
public record ProjectPage(ProjectSummary project, String problem, String pathway, List<String> team, List<SpcView> measures,
        List<PdsaView> pdsa, boolean canEdit, boolean canAddData) implements Serializable {
}
