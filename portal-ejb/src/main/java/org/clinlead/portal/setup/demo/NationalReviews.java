package org.clinlead.portal.setup.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinlead.portal.reconfiguration.EvidenceItem;

/**
 * Reconfiguration reviews at national scale for {@code bin/bench-reviews}: 5,000 proposals sponsored by the national
 * primary care trusts of {@link NationalCommissioning}, each with its eight checklist items, a panel of three senior
 * clinical leads from the demo region once past submission, judgements, recommendations, conditions and decisions
 * in proportion to their stage — so the public log pages over a realistic table.
 */
final class NationalReviews {

    static final int PROPOSALS = 5_000;
    private static final String[] STAGES = {"SUBMITTED", "CLINICAL_REVIEW", "RECOMMENDATION", "DECIDED", "CLOSED"};
    private static final String[] RECOMMENDATIONS = {"SUPPORTED", "SUPPORTED_WITH_CONDITIONS", "NOT_SUPPORTED"};

    private NationalReviews() {
    }

    /** Returns the proposals added (0 when they are already there). */
    static int fill(Connection c) throws SQLException {
        if (count(c, "select count(*) from reconfiguration where title like 'National proposal %'") > 0) {
            return 0;
        }
        List<Long> sponsors = ids(c, "select id from organisation where national_code like 'N5%' order by national_code");
        List<Long> providers = ids(c, "select id from organisation where org_type <> 'PRIMARY_CARE_TRUST' and org_type <> "
                + "'GP_PRACTICE' order by id");
        List<Long> leads = ids(c, "select distinct clinician_id from appointment order by clinician_id");
        Random random = new Random(14);
        Instant now = Instant.now();
        try (PreparedStatement p = c.prepareStatement("insert into reconfiguration (version, title, sponsor_id, services, summary, "
                + "options, pathway_code, stage, submitted_by, submitter_name, submitted_at, review_started_at, recommended_at, "
                + "decision_recorded_at, closed_at, changed_at, recommendation, rationale, decision, decided_on, aim_codes) "
                + "values (0, ?, ?, ?, ?, null, 'ACUTE_CARE', ?, 'admin', 'National bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'E')",
                Statement.RETURN_GENERATED_KEYS);
                PreparedStatement aim = c.prepareStatement("insert into reconfiguration_aim (reconfiguration_id, aim_code) values (?, 'E')");
                PreparedStatement affected = c.prepareStatement("insert into reconfiguration_organisation (reconfiguration_id, "
                        + "organisation_id) values (?, ?)");
                PreparedStatement panel = c.prepareStatement("insert into reconfiguration_panel_member (reconfiguration_id, "
                        + "clinician_id, chair) values (?, ?, ?)");
                PreparedStatement item = c.prepareStatement("insert into reconfiguration_evidence_item (version, reconfiguration_id, "
                        + "position, criterion, evidence, judgement, judgement_comment, comment_internal, judged_by, judged_at) "
                        + "values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement condition = c.prepareStatement("insert into reconfiguration_condition (version, reconfiguration_id, "
                        + "position, condition_text, condition_status) values (0, ?, ?, ?, ?)")) {
            for (int i = 1; i <= PROPOSALS; i++) {
                int stage = random.nextInt(STAGES.length);
                Instant submitted = now.minus(30 + random.nextInt(900), ChronoUnit.DAYS);
                Instant review = stage >= 1 ? submitted.plus(10, ChronoUnit.DAYS) : null;
                Instant recommended = stage >= 2 ? submitted.plus(60, ChronoUnit.DAYS) : null;
                Instant decided = stage >= 3 ? submitted.plus(80, ChronoUnit.DAYS) : null;
                Instant closed = stage >= 4 ? submitted.plus(90, ChronoUnit.DAYS) : null;
                String recommendation = stage >= 2 ? RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)] : null;
                Instant changed = closed != null ? closed : decided != null ? decided : recommended != null ? recommended
                        : review != null ? review : submitted;
                p.setString(1, "National proposal " + i + ": services on fewer sites");
                p.setLong(2, sponsors.get(i % sponsors.size()));
                p.setString(3, "Services at two sites of provider " + (i % 97));
                p.setString(4, "A case for change, number " + i + ", to concentrate specialist care.");
                p.setString(5, STAGES[stage]);
                p.setTimestamp(6, Timestamp.from(submitted));
                p.setTimestamp(7, review == null ? null : Timestamp.from(review));
                p.setTimestamp(8, recommended == null ? null : Timestamp.from(recommended));
                p.setTimestamp(9, decided == null ? null : Timestamp.from(decided));
                p.setTimestamp(10, closed == null ? null : Timestamp.from(closed));
                p.setTimestamp(11, Timestamp.from(changed));
                p.setString(12, recommendation);
                p.setString(13, recommendation == null ? null : "The panel's rationale for proposal " + i + ".");
                p.setString(14, decided == null ? null : "The sponsor's board decided on proposal " + i + ".");
                p.setDate(15, decided == null ? null : java.sql.Date.valueOf(decided.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
                p.executeUpdate();
                long id;
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                aim.setLong(1, id);
                aim.addBatch();
                affected.setLong(1, id);
                affected.setLong(2, providers.get(i % providers.size()));
                affected.addBatch();
                if (stage >= 1) {
                    for (int m = 0; m < 3; m++) {
                        panel.setLong(1, id);
                        panel.setLong(2, leads.get((i + m) % leads.size()));
                        panel.setBoolean(3, m == 0);
                        panel.addBatch();
                    }
                }
                for (int k = 0; k < EvidenceItem.DEFAULTS.size(); k++) {
                    boolean judged = stage >= 2 || stage == 1 && k < 3;
                    item.setLong(1, id);
                    item.setInt(2, k + 1);
                    item.setString(3, EvidenceItem.DEFAULTS.get(k));
                    item.setString(4, "Evidence submitted for item " + (k + 1) + ".");
                    item.setString(5, judged ? (k % 3 == 0 ? "PARTLY_MET" : "MET") : null);
                    item.setString(6, judged && k % 3 == 0 ? "Partly shown; see the panel's note." : null);
                    item.setBoolean(7, judged && k == 6);
                    item.setString(8, judged ? "National bench" : null);
                    item.setTimestamp(9, judged ? Timestamp.from(submitted.plus(40, ChronoUnit.DAYS)) : null);
                    item.addBatch();
                }
                if ("SUPPORTED_WITH_CONDITIONS".equals(recommendation)) {
                    for (int k = 1; k <= 2; k++) {
                        condition.setLong(1, id);
                        condition.setInt(2, k);
                        condition.setString(3, "Condition " + k + " of proposal " + i);
                        condition.setString(4, stage >= 4 ? "MET" : "OPEN");
                        condition.addBatch();
                    }
                }
                if (i % 500 == 0) {
                    aim.executeBatch();
                    affected.executeBatch();
                    panel.executeBatch();
                    item.executeBatch();
                    condition.executeBatch();
                    c.commit();
                }
            }
            aim.executeBatch();
            affected.executeBatch();
            panel.executeBatch();
            item.executeBatch();
            condition.executeBatch();
            c.commit();
        }
        return PROPOSALS;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
