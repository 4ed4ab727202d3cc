package org.clinlead.portal.reconfiguration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.Feedback;

/**
 * A proposal's page: its case for change, stages, panel, checklist, recommendation and decision. Each form has its own
 * bean ({@link PanelBacking}, {@link EvidenceBacking}, {@link JudgementBacking}, {@link RecommendationBacking},
 * {@link DecisionBacking}), which acts through {@link #act} with the versions this page was loaded with.
 */
@Named
@ViewScoped
public class ReconfigurationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Reconfigurations reconfigurations;

    private Long id;
    private ReconfigurationView proposal;

    public void load() {
        proposal = reconfigurations.proposal(id);
    }

    String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/reconfiguration/proposal?faces-redirect=true&id=" + id);
    }

    long version() {
        return proposal.version();
    }

    ReconfigurationView.ChecklistItem item(Long itemId) {
        return proposal.items().stream().filter(i -> i.id() == (itemId == null ? -1 : itemId)).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReconfigurationView getProposal() {
        return proposal;
    }
}
