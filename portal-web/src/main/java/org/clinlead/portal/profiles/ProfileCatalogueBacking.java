package org.clinlead.portal.profiles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinlead.portal.shared.PageRequest;

/**
 * The catalogue as the practice profiles page draws it, read once per request. The page's view-scoped bean held it
 * instead, so each of the last 25 pages a session opened kept its own copy (30 indicators with their definitions at
 * national scale, thousands of copies under load: issue 17); only what the page's own postbacks need stays with the view.
 */
@Named
@RequestScoped
public class ProfileCatalogueBacking {

    @Inject
    private ProfileCatalogue catalogue;

    private List<IndicatorSummary> indicators;

    public List<IndicatorSummary> getIndicators() {
        if (indicators == null) {
            indicators = catalogue.indicators(PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return indicators;
    }
}
