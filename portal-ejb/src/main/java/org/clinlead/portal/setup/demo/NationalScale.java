package org.clinlead.portal.setup.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinlead.portal.cohort.ParticipantStatus;
import org.clinlead.portal.projects.Direction;
import org.clinlead.portal.projects.MeasureType;
import org.clinlead.portal.projects.ProjectStatus;
import org.clinlead.portal.projects.SpreadLevel;
import org.clinlead.portal.setup.PortalMode;
import org.clinlead.portal.setup.PortalSetup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * National-scale data for measuring, loaded only when {@code portal.demo.national} is {@code true} (everything),
 * {@code profiles} (commissioning and the practices of a national profile), {@code reviews} (commissioning's
 * organisations and 5,000 reconfiguration proposals)
 * or {@code commissioning} (only {@link NationalCommissioning}, for bin/bench-commissioning). The programme
 * (bin/bench-programme): ten regions' worth — 1,200 participants a year for five years
 * (6,000), 20,000 change projects with an outcome measure of 100 weekly values each (2,000,000 data
 * points) — plus one project with four measures of 200 points for timing the project page. Loaded in the
 * background just after start (the log says when it is done). Written with
 * plain JDBC batches in commits of a few thousand rows: going through JPA one entity at a time would take
 * an hour, and the point is the size of the tables the dashboard reads, not how they were filled.
 */
@Startup
@Singleton
@DependsOn("PortalSetup")
@TransactionManagement(TransactionManagementType.BEAN)
public class NationalScale {

    public static final int COHORTS = 5;
    public static final int PARTICIPANTS_PER_COHORT = 1_200;
    public static final int PROJECTS = 20_000;
    public static final int POINTS_PER_PROJECT = 100;
    public static final String BENCH_PROJECT = "Benchmark: four measures of 200 points";

    private static final Logger LOG = Logger.getLogger(NationalScale.class.getName());
    private static final ProjectStatus[] STATUSES = ProjectStatus.values();
    private static final SpreadLevel[] SPREAD = SpreadLevel.values();
    private static final String[] PATHWAYS = {"MATERNITY_NEWBORN", "CHILDREN_YOUNG_PEOPLE", "STAYING_HEALTHY", "ACUTE_CARE",
        "PLANNED_CARE", "MENTAL_HEALTH", "LONG_TERM_CONDITIONS", "END_OF_LIFE"};

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo.national", defaultValue = "false")
    private String national;

    @Inject
    private PortalSetup setup;

    @Resource
    private jakarta.ejb.TimerService timers;

    @Inject
    private org.clinlead.portal.strategy.StrategyTally tally;

    /**
     * Starts the load a second after start-up rather than during it: a minute of loading inside the
     * deployment leaves Payara Micro without its HTTP listener.
     */
    @PostConstruct
    void schedule() {
        if (!"false".equalsIgnoreCase(national.strip()) && setup.mode() == PortalMode.DEMO) {
            timers.createSingleActionTimer(1_000, new jakarta.ejb.TimerConfig("national-scale load", false));
        }
    }

    @jakarta.ejb.Timeout
    void load() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long returns = NationalCommissioning.fill(c);
            LOG.info(() -> String.format("National-scale commissioning loaded: %d contracts, %d returns in %d s",
                    NationalCommissioning.COMMISSIONERS * NationalCommissioning.PROVIDERS_EACH * NationalCommissioning.YEARS,
                    returns, (System.nanoTime() - started) / 1_000_000_000L));
            if ("commissioning".equalsIgnoreCase(national.strip())) {
                return;
            }
            if ("reviews".equalsIgnoreCase(national.strip())) {
                int proposals = NationalReviews.fill(c);
                LOG.info(() -> String.format("National-scale reviews loaded: %d reconfiguration proposals in %d s", proposals,
                        (System.nanoTime() - started) / 1_000_000_000L));
                return;
            }
            int practices = NationalProfiles.fill(c);
            LOG.info(() -> String.format("National-scale profiles loaded: %d practices, %d indicators in all in %d s", practices,
                    NationalProfiles.EXTRA_INDICATORS + 10, (System.nanoTime() - started) / 1_000_000_000L));
            if ("profiles".equalsIgnoreCase(national.strip())) {
                return;
            }
            if (count(c, "select count(*) from cohort where name like 'National cohort %'") > 0) {
                LOG.info("National-scale programme already loaded.");
                return;
            }
            long points = fill(c);
            LOG.info(() -> String.format("National-scale programme loaded: %d participants, %d projects, %d data points in %d s",
                    COHORTS * PARTICIPANTS_PER_COHORT, PROJECTS + 1, points, (System.nanoTime() - started) / 1_000_000_000L));
        } catch (SQLException e) {
            throw new IllegalStateException("The national-scale programme could not be loaded", e);
        } finally {
            // Written with plain JDBC: the strategy's counts must be grouped again.
            tally.changed();
        }
    }

    private long fill(Connection c) throws SQLException {
        LocalDate today = LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE);
        Timestamp now = Timestamp.from(Instant.now());
        Random random = new Random(42);
        List<Long> organisations = ids(c, "select id from organisation order by id");
        long mentor = count(c, "select id from user_account where username = 'mentor'"); // its id
        int people = COHORTS * PARTICIPANTS_PER_COHORT;

        try (PreparedStatement ps = c.prepareStatement("insert into clinician (version, given_name, family_name, profession, "
                + "registration_body, registration_number, organisation_id, email) values (0, ?, ?, 'DOCTOR', 'GMC', ?, ?, ?)")) {
            for (int i = 0; i < people; i++) {
                ps.setString(1, "Participant");
                ps.setString(2, "National " + i);
                ps.setString(3, String.valueOf(9_000_000 + i));
                ps.setLong(4, organisations.get(i % organisations.size()));
                ps.setString(5, "national-" + i + "@bench.example");
                batch(c, ps, i);
            }
            flush(c, ps);
        }
        Map<String, Long> clinicians = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select email, id from clinician where email like 'national-%'")) {
            while (rs.next()) {
                clinicians.put(rs.getString(1), rs.getLong(2));
            }
        }

        List<Long> cohorts = new ArrayList<>();
        for (int k = 0; k < COHORTS; k++) {
            LocalDate start = today.minusYears(COHORTS - k).plusMonths(2);
            try (PreparedStatement ps = c.prepareStatement("insert into cohort (version, name, starts_on, ends_on, funded_places, "
                    + "funding_per_place, created_at, aim_codes) values (0, ?, ?, ?, ?, 5000, ?, 'B')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "National cohort " + start.getYear());
                ps.setDate(2, Date.valueOf(start));
                ps.setDate(3, Date.valueOf(start.plusYears(1)));
                ps.setInt(4, PARTICIPANTS_PER_COHORT);
                ps.setTimestamp(5, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    cohorts.add(keys.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into cohort_pathway (cohort_id, pathway_code) values (?, ?)")) {
                for (String pathway : PATHWAYS) {
                    ps.setLong(1, cohorts.get(k));
                    ps.setString(2, pathway);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        c.commit();

        try (PreparedStatement ps = c.prepareStatement("insert into participant (version, cohort_id, clinician_id, pathway_code, "
                + "learning_set, mentor_id, status, final_reflection, enrolled_on, completed_on) "
                + "values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < people; i++) {
                int k = i / PARTICIPANTS_PER_COHORT;
                boolean current = k == COHORTS - 1;
                String pathway = PATHWAYS[i % PATHWAYS.length];
                LocalDate enrolled = today.minusYears(COHORTS - k).plusMonths(2);
                ParticipantStatus status = current ? ParticipantStatus.ENROLLED : i % 10 == 0 ? ParticipantStatus.WITHDRAWN
                        : ParticipantStatus.COMPLETED;
                ps.setLong(1, cohorts.get(k));
                ps.setLong(2, clinicians.get("national-" + i + "@bench.example"));
                ps.setString(3, pathway);
                ps.setString(4, "National cohort " + enrolled.getYear() + " · " + pathway + " set");
                ps.setLong(5, mentor);
                ps.setString(6, status.name());
                ps.setString(7, status == ParticipantStatus.COMPLETED || current && i % 3 == 0 ? "Reflection" : null);
                ps.setDate(8, Date.valueOf(enrolled));
                ps.setDate(9, status == ParticipantStatus.COMPLETED ? Date.valueOf(enrolled.plusYears(1)) : null);
                batch(c, ps, i);
            }
            flush(c, ps);
        }
        Map<Long, long[]> participants = new HashMap<>(); // clinician id -> {participant id, organisation id}
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select p.clinician_id, p.id, cl.organisation_id "
                + "from participant p join clinician cl on cl.id = p.clinician_id where cl.email like 'national-%'")) {
            while (rs.next()) {
                participants.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }

        try (PreparedStatement ps = c.prepareStatement("insert into change_project (version, owner_id, title, problem, aim_what, "
                + "aim_how_much, aim_by_when, service, organisation_id, pathway_code, status, progress_score, spread_level, "
                + "created_at, participant_id, last_data_on, aim_codes) values (0, ?, ?, 'A measured problem', 'the outcome', "
                + "'by a third', ?, 'Ward', ?, ?, ?, 2.5, ?, ?, ?, ?, ?)")) {
            for (int j = 0; j < PROJECTS; j++) {
                long clinician = clinicians.get("national-" + (j % people) + "@bench.example");
                long[] place = participants.get(clinician);
                ps.setLong(1, clinician);
                ps.setString(2, "National project " + j);
                ps.setDate(3, Date.valueOf(today.plusMonths(6)));
                ps.setLong(4, place[1]);
                ps.setString(5, PATHWAYS[j % PATHWAYS.length]);
                ps.setString(6, STATUSES[j % STATUSES.length].name());
                ps.setString(7, SPREAD[random.nextInt(3) + (j % 3 == 0 ? 1 : 0)].name());
                ps.setTimestamp(8, now);
                ps.setLong(9, place[0]);
                // B and one of the others, as the project_aim rows below (projects in id order are j in order).
                ps.setString(11, org.clinlead.portal.shared.AimCodes.joined(java.util.List.of("B",
                        String.valueOf("ACDE".charAt(j % 4)))));
                ps.setDate(10, Date.valueOf(today.minusWeeks(j % 9)));
                batch(c, ps, j);
            }
            flush(c, ps);
        }
        List<Long> projects = ids(c, "select id from change_project where title like 'National project %' order by id");
        try (PreparedStatement aims = c.prepareStatement("insert into project_aim (project_id, aim_code) values (?, ?)");
                PreparedStatement measures = c.prepareStatement("insert into measure (version, project_id, name, measure_type, "
                        + "unit, direction, target, definition) values (0, ?, 'Outcome', 'OUTCOME', '%', 'INCREASE', 80, "
                        + "'Weekly share of patients with the outcome')")) {
            for (int j = 0; j < projects.size(); j++) {
                aims.setLong(1, projects.get(j));
                aims.setString(2, "B");
                aims.addBatch();
                aims.setLong(1, projects.get(j));
                aims.setString(2, String.valueOf("ACDE".charAt(j % 4)));
                aims.addBatch();
                measures.setLong(1, projects.get(j));
                measures.addBatch();
                if (j % 2_000 == 1_999) {
                    aims.executeBatch();
                    measures.executeBatch();
                    c.commit();
                }
            }
            aims.executeBatch();
            measures.executeBatch();
            c.commit();
        }
        List<Long> measureIds = ids(c, "select m.id from measure m join change_project p on p.id = m.project_id "
                + "where p.title like 'National project %' order by m.id");
        long points = points(c, measureIds, POINTS_PER_PROJECT, today, now, random);

        long owner = clinicians.get("national-0@bench.example");
        long[] place = participants.get(owner);
        try (PreparedStatement ps = c.prepareStatement("insert into change_project (version, owner_id, title, problem, aim_what, "
                + "aim_how_much, aim_by_when, service, organisation_id, pathway_code, status, progress_score, spread_level, "
                + "created_at, participant_id, last_data_on, aim_codes) values (0, ?, ?, 'A measured problem', 'the outcome', "
                + "'by a third', ?, 'Ward', ?, 'ACUTE_CARE', 'TESTING', 3.0, 'WITHIN_UNIT', ?, ?, ?, 'B')", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, owner);
            ps.setString(2, BENCH_PROJECT);
            ps.setDate(3, Date.valueOf(today.plusMonths(6)));
            ps.setLong(4, place[1]);
            ps.setTimestamp(5, now);
            ps.setLong(6, place[0]);
            ps.setDate(7, Date.valueOf(today));
            ps.executeUpdate();
            long project;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                project = keys.getLong(1);
            }
            List<Long> four = new ArrayList<>();
            try (PreparedStatement m = c.prepareStatement("insert into measure (version, project_id, name, measure_type, unit, "
                    + "direction, target, definition) values (0, ?, ?, ?, '%', ?, 80, 'Weekly')", Statement.RETURN_GENERATED_KEYS)) {
                Object[][] kinds = {{"Outcome", MeasureType.OUTCOME, Direction.INCREASE},
                    {"Process one", MeasureType.PROCESS, Direction.INCREASE},
                    {"Process two", MeasureType.PROCESS, Direction.DECREASE},
                    {"Balancing", MeasureType.BALANCING, Direction.DECREASE}};
                for (Object[] k : kinds) {
                    m.setLong(1, project);
                    m.setString(2, (String) k[0]);
                    m.setString(3, ((Enum<?>) k[1]).name());
                    m.setString(4, ((Enum<?>) k[2]).name());
                    m.executeUpdate();
                    try (ResultSet keys = m.getGeneratedKeys()) {
                        keys.next();
                        four.add(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement a = c.prepareStatement("insert into project_aim (project_id, aim_code) values (?, 'B')")) {
                a.setLong(1, project);
                a.executeUpdate();
            }
            c.commit();
            points += points(c, four, 200, today, now, random);
        }
        return points;
    }

    /** Weekly values ending this week: a baseline, then a shift up halfway (so the rules have work to do). */
    private static long points(Connection c, List<Long> measures, int perMeasure, LocalDate today, Timestamp now, Random random)
            throws SQLException {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement("insert into data_point (measure_id, point_date, point_value, recorded_by, "
                + "recorded_at) values (?, ?, ?, 'bench', ?)")) {
            for (long measure : measures) {
                for (int w = 0; w < perMeasure; w++) {
                    ps.setLong(1, measure);
                    ps.setDate(2, Date.valueOf(today.minusWeeks(perMeasure - w)));
                    ps.setDouble(3, Math.round((w < perMeasure / 2 ? 50 : 62) + random.nextGaussian() * 5));
                    ps.setTimestamp(4, now);
                    ps.addBatch();
                    if (++n % 10_000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return n;
    }

    private static void batch(Connection c, PreparedStatement ps, int i) throws SQLException {
        ps.addBatch();
        if (i % 2_000 == 1_999) {
            ps.executeBatch();
            c.commit();
        }
    }

    private static void flush(Connection c, PreparedStatement ps) throws SQLException {
        ps.executeBatch();
        c.commit();
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
