package org.clinlead.portal.boards;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The list of Pathway Delivery Boards. */
@Named
@RequestScoped
public class BoardsBacking {

    @Inject
    private BoardDirectory boardDirectory;

    private List<BoardSummary> list;

    @PostConstruct
    void load() {
        list = boardDirectory.boards();
    }

    public List<BoardSummary> getList() {
        return list;
    }
}
