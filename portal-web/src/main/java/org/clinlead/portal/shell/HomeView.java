package org.clinlead.portal.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinlead.portal.aims.AimSummary;
import org.clinlead.portal.aims.Strategy;

/**
 * The home page: who you are, what your roles let you do, and the strategy's aims. Each role's work
 * queue joins this page as its capability is built.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private Strategy strategy;

    private List<AimSummary> aims;

    @PostConstruct
    void load() {
        aims = strategy.aims();
    }

    public List<AimSummary> getAims() {
        return aims;
    }
}
