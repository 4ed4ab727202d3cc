package org.clinlead.portal.interests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/** The public register page: stateless, paged by plain links ({@code ?page=N}), so it needs no session. */
@Named
@RequestScoped
public class PublicRegisterBacking {

    static final int SIZE = 25;

    @Inject
    private InterestRegisters interestRegisters;

    private int page;
    private Page<PublicEntry> entries;

    public void load() {
        entries = interestRegisters.publicRegister(new PageRequest(Math.max(0, page), SIZE, null, true, Map.of()));
    }

    public Page<PublicEntry> getEntries() {
        return entries;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * SIZE < entries.total();
    }

    public int getFirstShown() {
        return entries.total() == 0 ? 0 : page * SIZE + 1;
    }

    public long getLastShown() {
        return Math.min((long) (page + 1) * SIZE, entries.total());
    }
}
