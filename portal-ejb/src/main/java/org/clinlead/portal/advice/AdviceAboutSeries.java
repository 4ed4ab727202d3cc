package org.clinlead.portal.advice;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clinlead.portal.targets.SeriesAdvice;
import org.clinlead.portal.targets.TargetChart;

/** The advice requests about an operating target series, for the targets' pages. */
@Dependent
public class AdviceAboutSeries implements SeriesAdvice {

    private static final int QUESTION_SHOWN = 160;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<TargetChart.AdviceLink> about(long seriesId) {
        return em.createQuery("select r from AdviceRequest r where r.subject = :s and r.subjectId = :id order by r.id desc",
                AdviceRequest.class).setParameter("s", AdviceSubject.TARGET_SERIES).setParameter("id", seriesId).getResultList()
                .stream().map(r -> new TargetChart.AdviceLink(r.getId(), shorten(r.getQuestion()), r.getStatus().label())).toList();
    }

    private static String shorten(String q) {
        return q.length() <= QUESTION_SHOWN ? q : q.substring(0, QUESTION_SHOWN - 1) + "…";
    }
}
