package org.clinlead.portal.interests;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.people.Clinician;

/**
 * Screens people against the register: the live declared interests of each of them in some organisations, in words,
 * read in one query — for the clinical panels of reconfiguration and assurance reviews.
 */
@Dependent
public class InterestScreen {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Clinician id → their live declared interests in {@code organisationIds} (those with none are left out). */
    public Map<Long, List<String>> liveInterests(Collection<Clinician> people, Set<Long> organisationIds) {
        Map<Long, List<String>> result = new HashMap<>();
        if (people.isEmpty() || organisationIds.isEmpty()) {
            return result;
        }
        Map<Long, List<Declaration>> byClinician = new HashMap<>();
        em.createQuery("select d from Declaration d left join fetch d.organisation where d.clinician.id in :ids",
                Declaration.class).setParameter("ids", people.stream().map(Clinician::getId).distinct().toList())
                .getResultList().forEach(d -> byClinician.computeIfAbsent(d.getClinician().getId(), k -> new ArrayList<>()).add(d));
        LocalDate today = LocalDate.now(clock);
        byClinician.forEach((id, list) -> {
            List<String> flags = LiveInterests.flags(list, organisationIds, today);
            if (!flags.isEmpty()) {
                result.put(id, flags);
            }
        });
        return result;
    }
}
