package org.clinlead.portal.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shell.CurrentUser;
import org.clinlead.portal.shell.Feedback;

/**
 * "My API tokens": make a token (its secret is shown on this page once, then never again), see when each
 * was last used, revoke one. Administrators also see everyone's tokens and can revoke any.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokens tokens;

    @Inject
    private CurrentUser currentUser;

    private String name;
    private LocalDate expiresOn = LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE).plusDays(90);
    private boolean readOnly = true;
    private String secret;
    private List<TokenSummary> mine;
    private List<TokenSummary> everyone;

    public void load() {
        mine = tokens.mine(new PageRequest(0, PageRequest.MAX_SIZE, null, true, Map.of())).items();
        everyone = currentUser.has(Roles.ADMIN)
                ? tokens.all(new PageRequest(0, PageRequest.MAX_SIZE, null, true, Map.of())).items() : List.of();
    }

    public void issue() {
        try {
            secret = tokens.issue(new NewToken(name, expiresOn, readOnly)).secret();
        } catch (org.clinlead.portal.shared.PortalException e) {
            Feedback.show("newToken", e);
            return;
        }
        name = null;
        load();
    }

    public void revoke(long id) {
        try {
            tokens.revoke(id);
        } catch (org.clinlead.portal.shared.PortalException e) {
            Feedback.show("tokens", e);
        }
        load();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** The new token's secret, while this page is open after making it. */
    public String getSecret() {
        return secret;
    }

    public List<TokenSummary> getMine() {
        return mine;
    }

    public List<TokenSummary> getEveryone() {
        return everyone;
    }
}
