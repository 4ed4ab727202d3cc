package org.clinlead.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every list's filters, whoever asks (the API, a page's search box, a field's suggestions), meet one rule. */
class PageRequestTest {

    @Test
    void aSearchTextNoFieldCouldHoldIsRefusedNamingTheFilter() {
        for (String hostile : List.of("x".repeat(PageRequest.MAX_FILTER + 1), "x".repeat(1024 * 1024), "a\u0000b",
                "\u001b[31m", "lone \ud800")) {
            assertThatThrownBy(() -> new PageRequest(0, 20, null, true, Map.of("title", hostile)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                            .containsExactly("title"))
                    .hasMessageStartingWith("The search text");
        }
    }

    @Test
    void ordinarySearchTextPasses() {
        for (String text : List.of("Sepsis six", "St Anne's", "50% of the 'quick' wins_", "x".repeat(PageRequest.MAX_FILTER),
                "Æ 😀")) {
            assertThat(new PageRequest(0, 20, null, true, Map.of("title", text)).filter("title")).isEqualTo(text.strip());
        }
    }
}
