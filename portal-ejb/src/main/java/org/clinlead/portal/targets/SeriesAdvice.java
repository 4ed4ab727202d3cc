package org.clinlead.portal.targets;

import java.util.List;

/**
 * The clinical advice asked about a series, as the targets' pages list it: defined here, answered by the advice
 * capability (which knows targets, not the other way round).
 */
public interface SeriesAdvice {

    /** The advice requests about series {@code seriesId}, newest first. */
    List<TargetChart.AdviceLink> about(long seriesId);
}
