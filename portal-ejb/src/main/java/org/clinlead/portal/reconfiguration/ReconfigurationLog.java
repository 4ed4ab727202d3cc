package org.clinlead.portal.reconfiguration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * The public log of reconfiguration reviews, open to everyone without signing in: every proposal submitted, with its
 * stage, panel, judgements (comments marked internal left out), recommendation, conditions and decision. Documents
 * and statements of interest are never part of it.
 */
@Stateless
public class ReconfigurationLog {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The log, most recently changed first; filters {@code stage} and {@code q} (words of the title). Open to everyone. */
    @PermitAll
    public Page<PublicReconfiguration> publicLog(PageRequest request) {
        Page<Reconfiguration> page = new Lists<>(em, Reconfiguration.class,
                Map.of("changedAt", r -> r.get("changedAt"), "submittedAt", r -> r.get("submittedAt"), "title", r -> r.get("title")),
                Map.of("stage", (cb, r) -> v -> v.strip().equalsIgnoreCase("open") ? cb.notEqual(r.get("stage"), Stage.CLOSED)
                                : cb.equal(r.get("stage"), Reconfigurations.stage(v)),
                        "q", (cb, r) -> v -> Lists.contains(cb, r.get("title"), v)),
                "changedAt", false)
                .fetching(r -> {
                    r.fetch("sponsor");
                    r.fetch("pathway", jakarta.persistence.criteria.JoinType.LEFT);
                })
                .page(request);
        // The page's collections come in one query each (batch fetching, Reconfiguration), not one per proposal.
        return page.map(ReconfigurationViews::publicView);
    }

    /** One proposal as the public sees it. Open to everyone. */
    @PermitAll
    public PublicReconfiguration publicProposal(long id) {
        Reconfiguration r = em.find(Reconfiguration.class, id);
        if (r == null) {
            throw new RecordNotFoundException(ReconfigurationAccess.PROPOSAL, id);
        }
        return ReconfigurationViews.publicView(r);
    }
}
