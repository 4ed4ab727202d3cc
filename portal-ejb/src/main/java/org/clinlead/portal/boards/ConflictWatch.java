package org.clinlead.portal.boards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clinlead.portal.interests.InterestDeclared;

/** When an interest is declared, flags it on the agendas of the declarer's boards' meetings still to come. */
@ApplicationScoped
public class ConflictWatch {

    @Inject
    private Boards boards;

    void onDeclared(@Observes InterestDeclared declared) {
        boards.flagUpcoming(declared.clinicianId(), declared.organisationId());
    }
}
