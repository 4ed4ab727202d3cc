package org.clinlead.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.junit.jupiter.api.Test;

/**
 * Every collection an entity holds is read for a whole list of entities in one statement ({@code @BatchFetch(IN)}),
 * never one statement per entity: the catalogue of practice indicators read each indicator's aims on its own, 30
 * statements for one page at national scale, before this held for every entity (issue 17).
 */
class CollectionFetchingTest {

    @Test
    void everyCollectionOfEveryEntityIsBatchFetched() throws IOException, URISyntaxException {
        List<Class<?>> entities = entities();
        assertThat(entities).as("the domain's entities").hasSizeGreaterThan(40);

        List<Field> collections = entities.stream().flatMap(type -> Stream.of(type.getDeclaredFields()))
                .filter(f -> f.isAnnotationPresent(ElementCollection.class) || f.isAnnotationPresent(OneToMany.class)
                        || f.isAnnotationPresent(ManyToMany.class))
                .toList();
        assertThat(collections).as("collections found").hasSizeGreaterThan(15);

        List<String> unbatched = collections.stream()
                .filter(f -> f.getAnnotation(BatchFetch.class) == null || f.getAnnotation(BatchFetch.class).value() != BatchFetchType.IN)
                .map(CollectionFetchingTest::name).toList();
        assertThat(unbatched).as("collections read one statement per entity").isEmpty();
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }

    /** The entity classes compiled from this module's sources. */
    private static List<Class<?>> entities() throws IOException, URISyntaxException {
        Path classes = Path.of(Check.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", ""))
                    .<Class<?>>map(CollectionFetchingTest::load)
                    .filter(type -> type.isAnnotationPresent(Entity.class)).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CollectionFetchingTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
