package org.clinlead.portal.boards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clinlead.portal.interests.InterestDeclared;

/** When an interest is declared, flags it on the agendas of the declarer's boards' meetings still to come. */
@ApplicationScoped
public class ConflictWatch {

    @Inject
    private ConflictNotices conflicts;

    /** Runs in the declarer's transaction; it only sends notices. */
    void onDeclared(@Observes InterestDeclared declared) {
        conflicts.flagUpcoming(declared.clinicianId(), declared.organisationId());
    }
}
