package org.clinlead.portal.setup.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinlead.portal.commissioning.FinancialYear;

/**
 * CQUIN at national scale for measuring (bin/bench-commissioning): 150 commissioners, each with contracts with six
 * providers (of 300), for five financial years (4,500 contracts), eight agreed indicators each (36,000, each
 * advised on), a return for every quarter that has ended (about 130,000: most accepted, some queried or awaiting
 * assessment) and a payment on account for each. Plain JDBC batches, like {@link NationalScale}.
 */
final class NationalCommissioning {

    static final int COMMISSIONERS = 150;
    static final int PROVIDERS = 300;
    static final int PROVIDERS_EACH = 6;
    static final int INDICATORS = 8;
    static final int YEARS = 5;
    private static final String[] PATHWAYS = {"MATERNITY_NEWBORN", "CHILDREN_YOUNG_PEOPLE", "STAYING_HEALTHY", "ACUTE_CARE",
        "PLANNED_CARE", "MENTAL_HEALTH", "LONG_TERM_CONDITIONS", "END_OF_LIFE"};

    private NationalCommissioning() {
    }

    /** Loads the set unless it is there; returns the number of returns written. */
    static long fill(Connection c) throws SQLException {
        if (ids(c, "select id from cquin_contract where reference like 'NAT-%'").size() > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE);
        Timestamp now = Timestamp.from(Instant.now());
        Random random = new Random(7);
        try (PreparedStatement ps = c.prepareStatement("insert into organisation (version, name, org_type, national_code, "
                + "active) values (0, ?, ?, ?, true)")) {
            for (int i = 0; i < COMMISSIONERS; i++) {
                ps.setString(1, "National Primary Care Trust " + i);
                ps.setString(2, "PRIMARY_CARE_TRUST");
                ps.setString(3, String.format("N5%03d", i));
                ps.addBatch();
            }
            for (int i = 0; i < PROVIDERS; i++) {
                ps.setString(1, "National Hospitals NHS Trust " + i);
                ps.setString(2, "ACUTE_TRUST");
                ps.setString(3, String.format("NR%03d", i));
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
        List<Long> pcts = ids(c, "select id from organisation where national_code like 'N5%' order by national_code");
        List<Long> trusts = ids(c, "select id from organisation where national_code like 'NR%' order by national_code");
        int thisYear = FinancialYear.of(today).startYear();
        try (PreparedStatement ps = c.prepareStatement("insert into cquin_contract (version, reference, commissioner_id, "
                + "provider_id, start_year, annual_value, cquin_share, scheme_status, commissioner_signed_by, "
                + "commissioner_signed_at, provider_signed_by, provider_signed_at, created_at) values "
                + "(1, ?, ?, ?, ?, ?, 2.00, 'AGREED', 'National commissioner', ?, 'National quality lead', ?, ?)")) {
            for (int y = thisYear - YEARS + 1; y <= thisYear; y++) {
                for (int p = 0; p < COMMISSIONERS; p++) {
                    for (int k = 0; k < PROVIDERS_EACH; k++) {
                        ps.setString(1, "NAT-" + p + "-" + k + "-" + y);
                        ps.setLong(2, pcts.get(p));
                        ps.setLong(3, trusts.get((p * 2 + k) % PROVIDERS));
                        ps.setInt(4, y);
                        ps.setBigDecimal(5, BigDecimal.valueOf(20_000_000L + 1_000_000L * ((p + k) % 40)));
                        ps.setTimestamp(6, now);
                        ps.setTimestamp(7, now);
                        ps.setTimestamp(8, now);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        List<long[]> contracts = rows(c, "select id, start_year from cquin_contract where reference like 'NAT-%' order by id");
        try (PreparedStatement ps = c.prepareStatement("insert into cquin_indicator (version, contract_id, name, rationale, "
                + "quality_domain, pathway_code, proportion, unit, improvement, minimum_value, maximum_value, weight, "
                + "created_at, aim_codes) values (0, ?, ?, 'National benchmark indicator', 'EFFECTIVENESS', ?, true, '%', "
                + "'HIGHER_IS_BETTER', 60, 90, 12.50, ?, 'C')")) {
            int n = 0;
            for (long[] contract : contracts) {
                for (int i = 0; i < INDICATORS; i++) {
                    ps.setLong(1, contract[0]);
                    ps.setString(2, "Indicator " + (i + 1));
                    ps.setString(3, PATHWAYS[i]);
                    ps.setTimestamp(4, now);
                    ps.addBatch();
                    if (++n % 5_000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            ps.executeBatch();
            c.commit();
        }
        long adviser = ids(c, "select id from clinician order by id").get(0);
        List<long[]> indicators = rows(c, "select i.id, c.start_year, c.id from cquin_indicator i join cquin_contract c "
                + "on c.id = i.contract_id where c.reference like 'NAT-%' order by i.id");
        java.util.Map<Long, List<BigDecimal>> achievements = new java.util.HashMap<>();
        org.clinlead.portal.commissioning.Thresholds thresholds = new org.clinlead.portal.commissioning.Thresholds(
                BigDecimal.valueOf(60), BigDecimal.valueOf(90), org.clinlead.portal.commissioning.Improvement.HIGHER_IS_BETTER);
        try (PreparedStatement ps = c.prepareStatement("insert into cquin_advice (version, indicator_id, adviser_id, "
                + "advice_position, given_at) values (0, ?, ?, 'SUPPORTS', ?)")) {
            int n = 0;
            for (long[] indicator : indicators) {
                ps.setLong(1, indicator[0]);
                ps.setLong(2, adviser);
                ps.setTimestamp(3, now);
                ps.addBatch();
                if (++n % 5_000 == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        long returns = 0;
        try (PreparedStatement ps = c.prepareStatement("insert into cquin_submission (version, indicator_id, quarter_number, "
                + "numerator, denominator, narrative, status, late, submitted_by, submitted_at, assessed_by, assessed_at) "
                + "values (0, ?, ?, ?, ?, 'National benchmark return', ?, ?, 'National quality lead', ?, ?, ?)")) {
            for (long[] indicator : indicators) {
                FinancialYear year = new FinancialYear((int) indicator[1]);
                BigDecimal latest = BigDecimal.ZERO.setScale(4);
                for (int q = 1; q <= 4; q++) {
                    if (!year.quarter(q).hasEnded(today)) {
                        continue;
                    }
                    int roll = random.nextInt(100);
                    String status = roll < 90 ? "ACCEPTED" : roll < 95 ? "QUERIED" : "SUBMITTED";
                    int denominator = 200 + random.nextInt(800);
                    int numerator = denominator * (55 + random.nextInt(40)) / 100;
                    if ("ACCEPTED".equals(status)) {
                        latest = thresholds.achievement(org.clinlead.portal.commissioning.Measurement.proportion(
                                BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)).result());
                    }
                    ps.setLong(1, indicator[0]);
                    ps.setInt(2, q);
                    ps.setInt(3, numerator);
                    ps.setInt(4, denominator);
                    ps.setString(5, status);
                    ps.setBoolean(6, roll % 10 == 3);
                    ps.setTimestamp(7, now);
                    ps.setString(8, "ACCEPTED".equals(status) ? "National commissioner" : null);
                    ps.setTimestamp(9, "ACCEPTED".equals(status) ? now : null);
                    ps.addBatch();
                    if (++returns % 5_000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                achievements.computeIfAbsent(indicator[2], k -> new ArrayList<>()).add(latest);
            }
            ps.executeBatch();
            c.commit();
        }
        // What each scheme has earned at its latest accepted returns (eight indicators of 12.5 %), as the portal keeps it.
        try (PreparedStatement ps = c.prepareStatement("update cquin_contract set earned_to_date = ? where id = ?");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, annual_value, cquin_share from cquin_contract where reference like 'NAT-%'")) {
            while (rs.next()) {
                BigDecimal value = org.clinlead.portal.commissioning.Reconciliation.cquinValue(rs.getBigDecimal(2),
                        rs.getBigDecimal(3));
                List<org.clinlead.portal.commissioning.Reconciliation.Indicator> lines = achievements
                        .getOrDefault(rs.getLong(1), List.of()).stream()
                        .map(a -> new org.clinlead.portal.commissioning.Reconciliation.Indicator("", new BigDecimal("12.50"), a))
                        .toList();
                ps.setBigDecimal(1, org.clinlead.portal.commissioning.Reconciliation.of(value, lines, null).earned());
                ps.setLong(2, rs.getLong(1));
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into cquin_payment (contract_id, quarter_number, plan_percent, "
                + "amount, recorded_by, recorded_at) values (?, ?, 100.00, ?, 'National commissioner', ?)")) {
            for (long[] contract : contracts) {
                FinancialYear year = new FinancialYear((int) contract[1]);
                for (int q = 1; q <= 4; q++) {
                    if (year.quarter(q).hasEnded(today)) {
                        ps.setLong(1, contract[0]);
                        ps.setInt(2, q);
                        ps.setBigDecimal(3, new BigDecimal("100000.00"));
                        ps.setTimestamp(4, now);
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return returns;
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> list = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getLong(1));
            }
        }
        return list;
    }

    private static List<long[]> rows(Connection c, String sql) throws SQLException {
        List<long[]> list = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long[] row = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getLong(i + 1);
                }
                list.add(row);
            }
        }
        return list;
    }
}
