package org.clinlead.portal.targets;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.projects.Spc;

/**
 * Reads series again after their figures change: each organisation's months of a target, in one query per target,
 * through {@link TargetReading} (the SPC engine against the standard), kept as {@link TargetSeries} — created the
 * first time, updated after. Runs inside the importing transaction, so the figures and their reading commit together.
 */
@Dependent
public class SeriesReader {

    /** A series: one target at one organisation. */
    public record Key(long targetId, long organisationId) {
    }

    /** How many series were read, and how many of them are exceptions. */
    public record Outcome(int series, int exceptions) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    Outcome read(Collection<Key> keys) {
        Set<Long> targetIds = new HashSet<>();
        keys.forEach(k -> targetIds.add(k.targetId()));
        Map<Key, List<Spc.Point>> points = new HashMap<>();
        keys.forEach(k -> points.put(k, new ArrayList<>()));
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select organisation_id, figure_month, figure_value from target_figure "
                        + "where target_id = ? order by organisation_id, figure_month")) {
            for (long target : targetIds) {
                q.setLong(1, target);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        List<Spc.Point> series = points.get(new Key(target, rs.getLong(1)));
                        if (series != null) {
                            series.add(new Spc.Point(rs.getDate(2).toLocalDate(), rs.getBigDecimal(3).doubleValue()));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The target figures could not be read", e);
        }
        Map<Key, TargetSeries> existing = new HashMap<>();
        em.createQuery("select s from TargetSeries s where s.target.id in :targets", TargetSeries.class)
                .setParameter("targets", targetIds).getResultList()
                .forEach(s -> existing.put(new Key(s.getTarget().getId(), s.getOrganisation().getId()), s));
        Map<Long, OperatingTarget> targets = new HashMap<>();
        em.createQuery("select t from OperatingTarget t where t.id in :targets", OperatingTarget.class)
                .setParameter("targets", targetIds).getResultList().forEach(t -> targets.put(t.getId(), t));
        Instant now = Instant.now(clock);
        int exceptions = 0;
        for (Map.Entry<Key, List<Spc.Point>> e : points.entrySet()) {
            OperatingTarget target = targets.get(e.getKey().targetId());
            TargetReading reading = TargetReading.of(target, e.getValue());
            TargetSeries series = existing.get(e.getKey());
            if (series == null) {
                series = new TargetSeries(target, em.getReference(Organisation.class, e.getKey().organisationId()));
                em.persist(series);
            }
            series.read(reading, e.getValue().size(), now);
            if (series.isException()) {
                exceptions++;
            }
        }
        em.flush();
        return new Outcome(points.size(), exceptions);
    }
}
