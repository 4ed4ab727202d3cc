package org.clinlead.portal.reconfiguration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/** The public log of reconfiguration reviews, for everyone, twenty to a page ({@code ?page=N}, from 1). */
@Named
@RequestScoped
public class PublicReconfigurationsBacking {

    static final int SIZE = 20;

    @Inject
    private ReconfigurationLog log;

    private Page<PublicReconfiguration> page;
    private int number = 1;

    @PostConstruct
    void load() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
        try {
            number = asked == null ? 1 : Math.max(1, Math.min(Integer.parseInt(asked.strip()), 100_000));
        } catch (NumberFormatException e) {
            number = 1;
        }
        page = log.publicLog(PageRequest.of(number - 1, SIZE));
    }

    public List<PublicReconfiguration> getProposals() {
        return page.items();
    }

    public long getTotal() {
        return page.total();
    }

    public int getNumber() {
        return number;
    }

    public boolean isHasNewer() {
        return number > 1;
    }

    public boolean isHasOlder() {
        return (long) number * SIZE < page.total();
    }
}
