package org.clinlead.portal.shell;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Pages drawn on the public template (sign-in, the public registers, error pages) are stateless from the moment
 * their view is created, not only once their template says so: PrimeFaces keeps its script nonce in the view's map
 * before the page is built, and a view map of a stateful view opens a session. A script that loads the sign-in page
 * in a loop filled the heap with empty sessions (issue 17); now nobody gets a session before signing in.
 */
public class PublicViews extends ViewHandlerWrapper {

    public PublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isPublic(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    /** The views drawn on {@code /WEB-INF/templates/public.xhtml}, which declares itself transient. */
    static boolean isPublic(String viewId) {
        return viewId != null && (viewId.equals("/login.xhtml") || viewId.startsWith("/errors/")
                || (viewId.startsWith("/public/") && !viewId.equals("/public/strategy.xhtml")));
    }
}
