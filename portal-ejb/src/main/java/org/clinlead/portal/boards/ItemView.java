package org.clinlead.portal.boards;

import java.io.Serializable;
import java.util.List;

/** An agenda item with its papers (as the caller may see them), conflict flags, quorum and record, and
 * where in the portal it was put forward from (a spreading project, an operating target exception), if anywhere. */
public record ItemView(long id, long version, int order, String title, Purpose purpose, String purposeLabel,
        String presenter, boolean confidential, List<String> aims, List<String> organisations, List<PaperSummary> papers,
        List<ConflictFlag> conflicts, boolean quorate, String quorumNote, String discussion, ItemOutcome outcome,
        String outcomeLabel, Integer votesFor, Integer votesAgainst, Integer votesAbstaining, Long cquinContractId,
        String cquinLabel, org.clinlead.portal.notices.Link source) implements Serializable {
}
