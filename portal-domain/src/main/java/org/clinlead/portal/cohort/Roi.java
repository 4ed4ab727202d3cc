package org.clinlead.portal.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Set;

/**
 * The arithmetic of the programme's return on investment, per cohort and follow-up year: funding invested
 * is the places taken (every participant, withdrawn ones too — their place was paid for) times the funding
 * per place; retention and progression are shares of the alumni who answered; an alumnus has progressed
 * into leadership if they report a leadership role or hold a senior clinical lead appointment made since
 * the cohort started; benefits add up over the rounds, each round recording those since the last.
 */
public final class Roi {

    /** One alumnus's answer as the arithmetic needs it. */
    public record Answer(long participantId, boolean inRegion, boolean leadershipRole, Sustained sustained,
            int furtherProjects, int patientsAffected, int hoursSaved, BigDecimal moneySaved) {
    }

    /** One follow-up year of a cohort. */
    public record Year(int year, int alumni, int answered, int inRegion, Integer retentionPercent, int progressed,
            Integer progressionPercent, int sustained, int furtherProjects, int patientsAffected, int hoursSaved,
            BigDecimal moneySaved) {
    }

    private Roi() {
    }

    public static BigDecimal invested(long placesTaken, BigDecimal fundingPerPlace) {
        return fundingPerPlace.multiply(BigDecimal.valueOf(placesTaken)).setScale(2, RoundingMode.HALF_UP);
    }

    /** A whole-number percentage, rounded half up; null when there is nobody to count (not 0%). */
    public static Integer percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
    }

    /**
     * A follow-up year. {@code appointedLeads} are the participants who hold a lead appointment made since
     * their cohort started; they count as progressed whatever they answered.
     */
    public static Year year(int year, int alumni, Collection<Answer> answers, Set<Long> appointedLeads) {
        int inRegion = 0;
        int progressed = 0;
        int sustained = 0;
        int further = 0;
        int patients = 0;
        int hours = 0;
        BigDecimal money = BigDecimal.ZERO;
        for (Answer a : answers) {
            inRegion += a.inRegion() ? 1 : 0;
            progressed += a.leadershipRole() || appointedLeads.contains(a.participantId()) ? 1 : 0;
            sustained += a.sustained() == Sustained.YES || a.sustained() == Sustained.PARTLY ? 1 : 0;
            further += a.furtherProjects();
            patients += a.patientsAffected();
            hours += a.hoursSaved();
            money = money.add(a.moneySaved());
        }
        int answered = answers.size();
        return new Year(year, alumni, answered, inRegion, percent(inRegion, answered), progressed,
                percent(progressed, answered), sustained, further, patients, hours, money.setScale(2, RoundingMode.HALF_UP));
    }

    /** Money saved over the years per pound invested, to two places; null when nothing was invested. */
    public static BigDecimal returnPerPound(BigDecimal moneySaved, BigDecimal invested) {
        if (invested.signum() == 0) {
            return null;
        }
        return moneySaved.divide(invested, 2, RoundingMode.HALF_UP);
    }
}
