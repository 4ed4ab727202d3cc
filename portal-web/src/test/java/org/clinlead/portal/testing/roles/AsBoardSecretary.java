package org.clinlead.portal.testing.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

/** Runs test code with the BOARD_SECRETARY role, to check the boundaries' grants and denials in the container. */
@Stateless
@LocalBean
@RunAs("BOARD_SECRETARY")
@PermitAll
public class AsBoardSecretary implements RoleRunner {

    @Override
    public Object run(Work work) throws Exception {
        return work.run();
    }
}
