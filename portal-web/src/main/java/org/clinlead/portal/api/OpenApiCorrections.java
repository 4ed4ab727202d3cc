package org.clinlead.portal.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What the generated /openapi document cannot know by itself: the paper uploads take a multipart form
 * (the generator sees only {@code @FormParam} parts and writes {@code *}{@code /*}). Named in
 * {@code mp.openapi.filter}; scripts and the test sweeps read the upload's fields from here.
 */
public class OpenApiCorrections implements OASFilter {

    private static final Map<String, String[]> MULTIPART = Map.of(
            "/api/v1/items/{id}/papers", new String[] {"file", "title", "author", "summary", "confidential"},
            "/api/v1/papers/{id}/versions", new String[] {"file"},
            "/api/v1/submissions/{id}/evidence", new String[] {"file"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        MULTIPART.forEach((path, fields) -> {
            PathItem item = openAPI.getPaths().getPathItem(path);
            Operation post = item == null ? null : item.getPOST();
            if (post == null) {
                return;
            }
            Schema form = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            for (String field : fields) {
                form.addProperty(field, field.equals("file")
                        ? OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")
                        : field.equals("confidential") ? OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN)
                        : OASFactory.createSchema().type(Schema.SchemaType.STRING));
            }
            form.addRequired("file");
            post.setRequestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                    .addMediaType("multipart/form-data", OASFactory.createMediaType().schema(form))));
        });
    }
}
