package org.clinlead.portal.notices;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** The notices panel on the home page. */
@Named
@RequestScoped
public class NoticesBacking {

    @Inject
    private Notices notices;

    private List<NoticeSummary> mine;

    @PostConstruct
    void load() {
        mine = notices.mine();
    }

    public String markRead(long id) {
        try {
            notices.markRead(id);
        } catch (PortalException e) {
            Feedback.error(e.getMessage());
        }
        return "/home?faces-redirect=true";
    }

    public List<NoticeSummary> getMine() {
        return mine;
    }

    public long getUnread() {
        return mine.stream().filter(NoticeSummary::isUnread).count();
    }
}
