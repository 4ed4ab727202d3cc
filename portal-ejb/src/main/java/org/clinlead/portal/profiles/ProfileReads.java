package org.clinlead.portal.profiles;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The queries the profile boundaries share: projections only, no entity graphs, one query per question. */
final class ProfileReads {

    /** A practice as the plots need it. */
    record PracticeFacts(long id, String code, String name, int listSize, long commissionerId) {
    }

    /** One practice's counts in a period. */
    record Counts(long practiceId, String period, long numerator, long denominator) {
    }

    private ProfileReads() {
    }

    /** Changes whenever values are imported or a practice is added or resized: the key of {@link ProfileCache}. */
    static String generation(EntityManager em) {
        Object values = em.createQuery("select max(v.id) from ProfileValue v").getSingleResult();
        Object[] practices = em.createQuery("select count(p), sum(p.version) from Practice p", Object[].class).getSingleResult();
        return values + ":" + practices[0] + ":" + practices[1];
    }

    /** The practices of an area (null: every practice), by id. */
    static Map<Long, PracticeFacts> practices(EntityManager em, Long areaId) {
        var q = em.createQuery("select p.id, o.nationalCode, o.name, p.listSize, p.commissioner.id from Practice p "
                + "join p.organisation o" + (areaId == null ? "" : " where p.commissioner.id = :a"), Object[].class);
        if (areaId != null) {
            q.setParameter("a", areaId);
        }
        List<Object[]> rows = q.getResultList();
        Map<Long, PracticeFacts> out = new HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            out.put((Long) r[0], new PracticeFacts((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3], (Long) r[4]));
        }
        return out;
    }

    /** The counts of one indicator in an area (null: the region), in one period or (null) every period. */
    static List<Counts> counts(EntityManager em, long indicatorId, String period, Long areaId) {
        String jpql = "select v.practice.id, v.period, v.numerator, v.denominator from ProfileValue v where v.indicator.id = :i"
                + (period == null ? "" : " and v.period = :p")
                + (areaId == null ? "" : " and v.practice.commissioner.id = :a");
        var q = em.createQuery(jpql, Object[].class).setParameter("i", indicatorId);
        if (period != null) {
            q.setParameter("p", period);
        }
        if (areaId != null) {
            q.setParameter("a", areaId);
        }
        return q.getResultList().stream().map(r -> new Counts((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3])).toList();
    }

    /** The periods with values for an indicator, oldest first. */
    static List<String> periods(EntityManager em, long indicatorId) {
        return em.createQuery("select distinct v.period from ProfileValue v where v.indicator.id = :i order by v.period",
                String.class).setParameter("i", indicatorId).getResultList();
    }

    /** Σ numerators and Σ denominators per indicator and period over an area (null: the region), keyed "id|period". */
    static Map<String, long[]> pooled(EntityManager em, Long areaId) {
        String jpql = "select v.indicator.id, v.period, sum(v.numerator), sum(v.denominator) from ProfileValue v"
                + (areaId == null ? "" : " where v.practice.commissioner.id = :a") + " group by v.indicator.id, v.period";
        var q = em.createQuery(jpql, Object[].class);
        if (areaId != null) {
            q.setParameter("a", areaId);
        }
        Map<String, long[]> out = new HashMap<>();
        for (Object[] r : q.getResultList()) {
            out.put(r[0] + "|" + r[1], new long[] {((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
        }
        return out;
    }
}
