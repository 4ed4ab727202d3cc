package org.clinlead.portal.aims;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The strategy page: the five aims in full and the care pathways. */
@Named
@RequestScoped
public class StrategyBacking {

    @Inject
    private Strategy strategy;

    private List<AimSummary> aims;
    private List<PathwaySummary> pathways;

    @PostConstruct
    void load() {
        aims = strategy.aims();
        pathways = strategy.pathways();
    }

    public List<AimSummary> getAims() {
        return aims;
    }

    public List<PathwaySummary> getPathways() {
        return pathways;
    }
}
