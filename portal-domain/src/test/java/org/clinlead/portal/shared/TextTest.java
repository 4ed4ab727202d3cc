package org.clinlead.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void ordinaryWritingLineBreaksAndEmojiPass() {
        assertThat(Text.problem("Sepsis six – within the hour\r\n\tÆ 😀 ✓")).isNull();
        assertThat(Text.problem(null)).isNull();
    }

    @Test
    void controlCharactersAndBrokenPairsAreRefused() {
        assertThat(Text.problem("a\u0000b")).contains("U+0000");
        assertThat(Text.problem("\u001b[31mred")).contains("U+001B");
        assertThat(Text.problem("\u007f")).contains("U+007F");
        assertThat(Text.problem("lone \ud800 high")).contains("surrogate");
        assertThat(Text.problem("lone \udc00 low")).contains("surrogate");
        assertThat(Text.problem("ends high \ud83d")).contains("surrogate");
    }
}
