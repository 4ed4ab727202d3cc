package org.clinlead.portal.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.PagedList;

/** Administrators' list of user accounts. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccounts accounts;

    private PagedList<AccountSummary> users;

    @PostConstruct
    void init() {
        users = new PagedList<>(accounts::search);
    }

    public PagedList<AccountSummary> getUsers() {
        return users;
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
