package org.clinlead.portal.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file chooser as the portal uses it (simple mode, the browser's own control), without the
 * {@code aria-hidden="true"} PrimeFaces writes on it in every case: on the unskinned control that hides a field a
 * keyboard reaches from screen readers (WCAG 4.1.2, axe-core "aria-hidden-focus"). Everything else is PrimeFaces'.
 */
public class FileChooserRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String inputId,
            String styleClass) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name) || fileUpload.isSkinSimple()) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, inputId, styleClass);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
