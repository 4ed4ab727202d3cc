package org.clinlead.portal.advice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shared.PageRequest;

/**
 * The requests for advice about a record, for the record's own page (a practice indicator, a CQUIN indicator, a
 * board item), so the link between them shows on both sides. Only the requests the caller may see.
 */
@Named
@RequestScoped
public class AdviceAboutBacking {

    @Inject
    private AdviceRequests requests;

    public List<AdviceSummary> about(String subject, Long id) {
        if (subject == null || id == null) {
            return List.of();
        }
        return requests.search(new PageRequest(0, 20, "raisedAt", false, Map.of("subject", subject, "subjectId",
                String.valueOf(id)))).items();
    }
}
