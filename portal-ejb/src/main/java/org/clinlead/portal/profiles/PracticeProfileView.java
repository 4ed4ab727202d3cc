package org.clinlead.portal.profiles;

import java.util.List;

/**
 * One practice, every indicator: its latest value against the area's spread (the spine) with the area's and the
 * region's pooled values, its funnel flag in the area, its trend over the periods, and practices of a similar
 * list size in the same area.
 */
public record PracticeProfileView(String code, String name, String areaCode, String areaName, int listSize,
        List<IndicatorRow> rows, List<Peer> peers, int outliersWorse) {

    /** One indicator of the profile. {@code spine} is null when no other practice reported the period. */
    public record IndicatorRow(IndicatorSummary indicator, String period, long numerator, long denominator, double value,
            Double areaValue, Double regionValue, Spine spine, Funnel.Flag flag, String flagWords, boolean worse,
            List<TrendPoint> trend) {

        /** Where the practice, the area and the region sit on the spine (0 lowest to 1 highest), for drawing. */
        public double position() {
            return spine == null ? 0.5 : spine.position(value);
        }

        public double areaPosition() {
            return spine == null || areaValue == null ? 0.5 : spine.position(areaValue);
        }

        public double regionPosition() {
            return spine == null || regionValue == null ? 0.5 : spine.position(regionValue);
        }
    }

    /** The practice's value and the area's in one period. */
    public record TrendPoint(String period, double value, Double areaValue) {
    }

    /** A practice of the same area with a similar list size. */
    public record Peer(String code, String name, int listSize) {
    }
}
