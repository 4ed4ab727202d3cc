package org.clinlead.portal.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.Feedback;

/** The user accounts page's "Organisation sign-in": require it of everyone but the break-glass administrator, or not. */
@Named
@ViewScoped
public class SignInPolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInPolicies policies;

    private SignInPolicyView policy;

    @PostConstruct
    void init() {
        policy = policies.current();
    }

    public void require() {
        change(true, "Organisation sign-in is now required: passwords are refused for everyone but "
                + policy.breakGlass() + ". People already signed in stay signed in.");
    }

    public void stopRequiring() {
        change(false, "Organisation sign-in is no longer required: passwords work again.");
    }

    private void change(boolean required, String done) {
        try {
            policy = policies.change(required, policy.version());
            Feedback.done(done);
        } catch (org.clinlead.portal.shared.PortalException e) {
            Feedback.show("signInPolicy", e);
            policy = policies.current();
        }
    }

    public SignInPolicyView getPolicy() {
        return policy;
    }
}
