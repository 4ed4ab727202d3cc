package org.clinlead.portal.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The demo accounts seeded in demo mode, one per role, and their shared password (as in the README). */
public final class Demo {

    public static final String PASSWORD = "Northdale-Demo-2026";

    /** Username to its one role, in the order the README lists them. */
    public static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("admin", "ADMIN");
        ACCOUNTS.put("regional.md", "MEDICAL_DIRECTOR");
        ACCOUNTS.put("secretary", "BOARD_SECRETARY");
        ACCOUNTS.put("board.member", "BOARD_MEMBER");
        ACCOUNTS.put("programme.manager", "PROGRAMME_MANAGER");
        ACCOUNTS.put("mentor", "MENTOR");
        ACCOUNTS.put("aspiring.leader", "ASPIRING_LEADER");
        ACCOUNTS.put("commissioner", "COMMISSIONER");
        ACCOUNTS.put("provider", "PROVIDER");
    }

    private Demo() {
    }
}
