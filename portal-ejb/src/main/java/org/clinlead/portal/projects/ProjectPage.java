package org.clinlead.portal.projects;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The project page: the project, its measures with their charts, its PDSA timeline, team, adopting
 * organisations, comments, mentor's sign-off and board referrals; and what the caller may do.
 */
public record ProjectPage(ProjectSummary project, String problem, String pathway, List<String> team, List<SpcView> measures,
        List<PdsaView> pdsa, boolean canEdit, boolean canAddData, List<TeamMember> teamMembers,
        List<AdoptionView> adoptions, List<CommentView> comments, List<ReferralView> referrals, String mentorName,
        String signedOffBy, Instant signedOffAt, String signOffNote, boolean canComment, boolean canSignOff,
        boolean canRefer, String referBlocker, Long participantId, String profileIndicatorCode) implements Serializable {
}
