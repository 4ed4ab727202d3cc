package org.clinlead.portal.testing.roles;

/** A test EJB that calls into the boundaries under one role ({@code @RunAs}). */
public interface RoleRunner {

    /** Work to run under the role. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    Object run(Work work) throws Exception;
}
