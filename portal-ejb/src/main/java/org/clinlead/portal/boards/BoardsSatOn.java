package org.clinlead.portal.boards;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.PerRequest;

/**
 * The boards a clinician sits on today, as a member or as a lead in post ({@link Membership#boardIdsOf}), worked out
 * once per request: the home page's papers to review and projects referred both ask (two statements each time).
 */
@Dependent
public class BoardsSatOn {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PerRequest perRequest;

    @Inject
    private Clock clock;

    /** The ids of the boards {@code clinician} sits on today. */
    public List<Long> today(Clinician clinician) {
        LocalDate today = LocalDate.now(clock);
        return perRequest.once("boards of " + clinician.getId() + " on " + today,
                () -> Membership.boardIdsOf(em, clinician, today));
    }
}
