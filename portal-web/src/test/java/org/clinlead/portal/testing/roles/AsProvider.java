package org.clinlead.portal.testing.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

/** Runs test code with the PROVIDER role, to check the boundaries' grants and denials in the container. */
@Stateless
@LocalBean
@RunAs("PROVIDER")
@PermitAll
public class AsProvider implements RoleRunner {

    @Override
    public Object run(Work work) throws Exception {
        return work.run();
    }
}
