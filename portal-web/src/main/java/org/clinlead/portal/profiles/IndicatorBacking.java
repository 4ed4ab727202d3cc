package org.clinlead.portal.profiles;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An indicator's page: its funnel plot over a chosen area and period, the outliers and their trend. */
@Named
@ViewScoped
public class IndicatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileVariation variation;

    private String code;
    private String period;
    private String area;
    private Boolean overdispersion = Boolean.TRUE;
    private FunnelView funnel;
    private String chart;
    private java.util.List<FunnelView.PracticePoint> outliers;

    public void load() {
        funnel = variation.funnel(code, period, area, overdispersion);
        period = funnel.period();
        area = funnel.areaCode() == null ? "REGION" : funnel.areaCode();
        chart = FunnelChart.config(funnel);
        outliers = funnel.outliers();
    }

    /** The named outliers, furthest first (worked out once: the table asks for its rows many times). */
    public java.util.List<FunnelView.PracticePoint> getOutliers() {
        return outliers;
    }

    /** The chosen period, area and limits, in the page's address. */
    public String show() {
        return "/profiles/indicator?faces-redirect=true&includeViewParams=true";
    }

    /** The query that reproduces this view, for the export links. */
    public String getQuery() {
        return "period=" + enc(period) + "&area=" + enc(area) + "&overdispersion=" + (overdispersion == null || overdispersion);
    }

    private static String enc(String v) {
        return v == null ? "" : URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public Boolean getOverdispersion() {
        return overdispersion;
    }

    public void setOverdispersion(Boolean overdispersion) {
        this.overdispersion = overdispersion;
    }

    public FunnelView getFunnel() {
        return funnel;
    }

    public String getChart() {
        return chart;
    }
}
