package org.clinlead.portal.people;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} and URL constraints. They are the
 * names of {@link Role}'s values; a unit test keeps the two in step.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MEDICAL_DIRECTOR = "MEDICAL_DIRECTOR";
    public static final String BOARD_SECRETARY = "BOARD_SECRETARY";
    public static final String BOARD_MEMBER = "BOARD_MEMBER";
    public static final String PROGRAMME_MANAGER = "PROGRAMME_MANAGER";
    public static final String MENTOR = "MENTOR";
    public static final String ASPIRING_LEADER = "ASPIRING_LEADER";
    public static final String COMMISSIONER = "COMMISSIONER";
    public static final String PROVIDER = "PROVIDER";

    private Roles() {
    }
}
