package org.clinlead.portal.setup.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The practices of a national profile: 7,000 GP practices (codes N00001 to N07000) spread over the 150 national
 * primary care trusts of {@link NationalCommissioning}, and 20 more indicators (NAT-01 to NAT-20) beside the demo's
 * ten — 30 in all. The values themselves are not written here: {@code bin/bench-profiles} imports them through the
 * portal's own CSV import (7,000 × 30 × 8 quarters, about 1.7 million lines), which is what it measures first.
 */
final class NationalProfiles {

    static final int PRACTICES = 7_000;
    static final int EXTRA_INDICATORS = 20;

    private NationalProfiles() {
    }

    /** Returns the practices added (0 when they are already there). */
    static int fill(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from organisation where national_code = 'N00001'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return 0;
            }
        }
        List<Long> pcts = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id from organisation where national_code like 'N5%' order by national_code")) {
            while (rs.next()) {
                pcts.add(rs.getLong(1));
            }
        }
        Random random = new Random(7);
        try (PreparedStatement org = c.prepareStatement("insert into organisation (version, name, org_type, national_code, active) "
                + "values (0, ?, 'GP_PRACTICE', ?, true)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement practice = c.prepareStatement("insert into gp_practice (organisation_id, version, "
                        + "commissioner_id, list_size) values (?, 0, ?, ?)")) {
            for (int i = 1; i <= PRACTICES; i++) {
                org.setString(1, "National practice " + i);
                org.setString(2, String.format("N%05d", i));
                org.executeUpdate();
                try (ResultSet keys = org.getGeneratedKeys()) {
                    keys.next();
                    practice.setLong(1, keys.getLong(1));
                }
                practice.setLong(2, pcts.get(i % pcts.size()));
                practice.setInt(3, 2_500 + random.nextInt(13_500));
                practice.addBatch();
                if (i % 1_000 == 0) {
                    practice.executeBatch();
                    c.commit();
                }
            }
            practice.executeBatch();
            c.commit();
        }
        String[] pathways = {"STAYING_HEALTHY", "LONG_TERM_CONDITIONS", "ACUTE_CARE", "PLANNED_CARE", "MENTAL_HEALTH"};
        try (PreparedStatement ind = c.prepareStatement("insert into profile_indicator (version, code, name, definition, "
                + "indicator_kind, polarity, source, period_type, pathway_code) values (0, ?, ?, ?, ?, ?, 'Benchmark', "
                + "'QUARTER', ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement aim = c.prepareStatement("insert into profile_indicator_aim (indicator_id, aim_code) "
                        + "values (?, 'C')")) {
            for (int i = 1; i <= EXTRA_INDICATORS; i++) {
                ind.setString(1, String.format("NAT-%02d", i));
                ind.setString(2, "National indicator " + i);
                ind.setString(3, "A benchmark indicator of the national-scale profile.");
                ind.setString(4, i % 2 == 0 ? "PROPORTION" : "RATE_PER_1000");
                ind.setString(5, i % 3 == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER");
                ind.setString(6, pathways[i % pathways.length]);
                ind.executeUpdate();
                try (ResultSet keys = ind.getGeneratedKeys()) {
                    keys.next();
                    aim.setLong(1, keys.getLong(1));
                }
                aim.executeUpdate();
            }
            c.commit();
        }
        return PRACTICES;
    }
}
