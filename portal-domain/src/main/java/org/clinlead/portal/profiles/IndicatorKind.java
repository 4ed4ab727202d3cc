package org.clinlead.portal.profiles;

/** What a practice indicator counts: a proportion (numerator within denominator) or a rate per 1,000 registered patients. */
public enum IndicatorKind {

    PROPORTION("Proportion", "%", 100),
    RATE_PER_1000("Rate per 1,000 registered patients", "per 1,000", 1000);

    private final String label;
    private final String unit;
    private final int scale;

    IndicatorKind(String label, String unit, int scale) {
        this.label = label;
        this.unit = unit;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    /** The unit a value is shown in: "%" or "per 1,000". */
    public String unit() {
        return unit;
    }

    /** What a raw ratio (numerator ÷ denominator) is multiplied by to be shown: 100 or 1,000. */
    public int scale() {
        return scale;
    }
}
