package org.clinlead.portal.reconfiguration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
        List<Long> ids = page.items().stream().map(Reconfiguration::getId).toList();
        if (!ids.isEmpty()) {
            // The page's collections in one query each, not one per proposal (no "distinct": the rows are only read into
            // the persistence context, and comparing long texts for distinctness is what would cost).
            for (String collection : List.of("r.affected", "r.panel p left join fetch p.clinician", "r.items", "r.conditions")) {
                em.createQuery("select r from Reconfiguration r left join fetch " + collection + " where r.id in :ids",
                        Reconfiguration.class).setParameter("ids", ids).getResultList();
            }
        }
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
