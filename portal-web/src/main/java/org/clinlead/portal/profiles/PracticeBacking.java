package org.clinlead.portal.profiles;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A practice's profile: every indicator on a spine chart, its flags and trend, and its peers. */
@Named
@ViewScoped
public class PracticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PracticeProfiles profiles;

    private String code;
    private PracticeProfileView profile;

    public void load() {
        profile = profiles.profile(code);
    }

    /** Where {@code value} sits on the row's spine, in per cent of its width, kept off the edges (for the drawing). */
    public long at(PracticeProfileView.IndicatorRow row, Double value) {
        return row.spine() == null || value == null ? 50 : Math.round(3 + row.spine().position(value) * 94);
    }

    /** The trend as SVG polyline points in a 120 × 30 box: the practice's values ({@code area} false) or the area's. */
    public String sparkline(PracticeProfileView.IndicatorRow row, boolean area) {
        java.util.List<PracticeProfileView.TrendPoint> t = row.trend();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (PracticeProfileView.TrendPoint p : t) {
            for (Double v : new Double[] {p.value(), p.areaValue()}) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            Double v = area ? t.get(i).areaValue() : t.get(i).value();
            if (v == null) {
                continue;
            }
            double x = t.size() == 1 ? 60 : 4 + i * 112.0 / (t.size() - 1);
            double y = hi == lo ? 15 : 27 - (v - lo) / (hi - lo) * 24;
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().strip();
    }

    /** The spine's middle half (25th to 75th percentile) as a width in per cent. */
    public long middleWidth(PracticeProfileView.IndicatorRow row) {
        return row.spine() == null ? 0 : Math.max(1, at(row, row.spine().p75()) - at(row, row.spine().p25()));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PracticeProfileView getProfile() {
        return profile;
    }
}
