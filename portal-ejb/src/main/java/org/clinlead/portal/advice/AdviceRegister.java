package org.clinlead.portal.advice;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shared.UkTime;

/** The register of advice over the requests the caller may see (every request for administrators and medical directors). */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class AdviceRegister {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AdviceAccess access;

    @Inject
    private Clock clock;

    private record Row(String code, String name, AdviceStatus status, LocalDate dueOn, Instant raisedAt, Instant answeredAt,
            AdviceOutcome outcome) {
    }

    public AdviceRegisterView register() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<AdviceRequest> r = q.from(AdviceRequest.class);
        q.multiselect(r.get("pathwayCode"), r.get("programmeCode"), r.get("status"), r.get("dueOn"),
                r.get("raisedAt"), r.get("answeredAt"), r.get("outcome"))
                .where(access.scope(cb, q, r));
        // Pathways in their order, then key programmes: the names from the two small reference tables.
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select p.code, p.name from Pathway p order by p.displayOrder", Object[].class).getResultList()
                .forEach(o -> names.put("P:" + o[0], (String) o[1]));
        em.createQuery("select p.code, p.name from Programme p order by p.displayOrder", Object[].class).getResultList()
                .forEach(o -> names.put("K:" + o[0], o[1] + " programme"));
        List<Row> rows = em.createQuery(q).getResultList().stream().map(o -> {
            String key = o[0] != null ? "P:" + o[0] : "K:" + o[1];
            return new Row(key, names.get(key), (AdviceStatus) o[2], (LocalDate) o[3], (Instant) o[4], (Instant) o[5],
                    (AdviceOutcome) o[6]);
        }).toList();
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Row>> byNetwork = new LinkedHashMap<>();
        names.keySet().forEach(key -> byNetwork.put(key, new ArrayList<>()));
        rows.forEach(row -> byNetwork.get(row.code()).add(row));
        List<AdviceRegisterView.PathwayFigures> pathways = new ArrayList<>();
        byNetwork.forEach((key, list) -> {
            if (!list.isEmpty()) {
                pathways.add(new AdviceRegisterView.PathwayFigures(key.substring(2), names.get(key), figures(list, today)));
            }
        });
        return new AdviceRegisterView(figures(rows, today), pathways);
    }

    private static AdviceRegisterView.Figures figures(List<Row> rows, LocalDate today) {
        int pending = 0;
        int overdue = 0;
        int answered = 0;
        int[] outcomes = new int[AdviceOutcome.values().length];
        List<Long> days = new ArrayList<>();
        for (Row row : rows) {
            if (row.status().isPending()) {
                pending++;
                overdue += today.isAfter(row.dueOn()) ? 1 : 0;
            }
            if (row.answeredAt() != null) {
                answered++;
                days.add(ChronoUnit.DAYS.between(row.raisedAt().atZone(UkTime.ZONE).toLocalDate(),
                        row.answeredAt().atZone(UkTime.ZONE).toLocalDate()));
            }
            if (row.outcome() != null) {
                outcomes[row.outcome().ordinal()]++;
            }
        }
        return new AdviceRegisterView.Figures(rows.size(), pending, overdue, answered, median(days),
                outcomes[AdviceOutcome.FOLLOWED.ordinal()], outcomes[AdviceOutcome.PARTLY_FOLLOWED.ordinal()],
                outcomes[AdviceOutcome.NOT_FOLLOWED.ordinal()]);
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
