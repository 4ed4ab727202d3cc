package org.clinlead.portal.boards;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinlead.portal.shared.PageRequest;

/** Published minutes, public items only, for everyone. */
@Named
@RequestScoped
public class PublicMinutesBacking {

    @Inject
    private Minutes record;

    private List<PublicMinutes> minutes;

    @PostConstruct
    void load() {
        minutes = record.publicMinutes(PageRequest.of(0, 50)).items();
    }

    public List<PublicMinutes> getMinutes() {
        return minutes;
    }
}
