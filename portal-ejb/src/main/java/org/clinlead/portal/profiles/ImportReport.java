package org.clinlead.portal.profiles;

import java.util.List;

/**
 * What a practice-data file holds and whether it was saved: rows, practices, indicators and periods counted, and
 * every bad line (the first {@link #SHOWN} in words; {@code problemLines} counts them all). Nothing is saved when
 * any line is bad, nor on a preview.
 */
public record ImportReport(boolean saved, boolean preview, long rows, int practices, int indicators, List<String> periods,
        long replaced, long problemLines, List<String> problems) {

    public static final int SHOWN = 200;

    public boolean ok() {
        return problemLines == 0;
    }
}
