package org.clinlead.portal.strategy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public summary: the strategy's headline figures, without sign-in. */
@Named
@RequestScoped
public class PublicHeadlinesBacking {

    @Inject
    private StrategyHeadlines figures;

    private HeadlineFigures headlines;

    public HeadlineFigures getHeadlines() {
        if (headlines == null) {
            headlines = figures.headlines();
        }
        return headlines;
    }
}
