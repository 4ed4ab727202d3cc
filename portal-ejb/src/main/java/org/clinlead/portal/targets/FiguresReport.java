package org.clinlead.portal.targets;

import java.util.List;

/**
 * What a monthly figures file holds and whether it was saved: rows, organisations, targets, the months from first to
 * last, how many series are exceptions once read (when saved), and every bad line (the first {@link #SHOWN} in
 * words; {@code problemLines} counts them all). Nothing is saved when any line is bad, nor on a preview.
 */
public record FiguresReport(boolean saved, boolean preview, long rows, int organisations, int targets, String firstMonth,
        String lastMonth, int seriesRead, int exceptions, long problemLines, List<String> problems) {

    public static final int SHOWN = 200;

    public boolean ok() {
        return problemLines == 0;
    }
}
