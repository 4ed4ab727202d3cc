package org.clinlead.portal.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shared.PageRequest;

/**
 * The change projects started from a practice-profile indicator, for that indicator's page (composed in the view, so
 * the profiles know nothing of projects): those the caller may see in the project library.
 */
@Named
@RequestScoped
public class ProjectsAboutBacking {

    @Inject
    private ProjectLibrary library;

    public List<ProjectSummary> fromProfile(String code) {
        if (code == null) {
            return List.of();
        }
        return library.search(new PageRequest(0, 20, null, true, Map.of("profileIndicator", code))).items();
    }
}
