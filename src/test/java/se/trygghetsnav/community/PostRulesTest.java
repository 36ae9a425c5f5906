package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostRulesTest {

    @Test
    void aBodyHasOneTo2000Characters() {
        assertThat(PostRules.validBody("")).isFalse();
        assertThat(PostRules.validBody("   \n ")).isFalse();
        assertThat(PostRules.validBody(null)).isFalse();
        assertThat(PostRules.validBody("x")).isTrue();
        assertThat(PostRules.validBody("å".repeat(2000))).isTrue();
        assertThat(PostRules.validBody("å".repeat(2001))).isFalse();
        assertThat(PostRules.validBody("  " + "a".repeat(2000) + "  ")).isTrue();
    }

    @Test
    void charactersAreCountedAsPeopleSeeThem() {
        assertThat(PostRules.length("😀".repeat(2000))).isEqualTo(2000);
        assertThat(PostRules.validBody("😀".repeat(2000))).isTrue();
    }

    @Test
    void aChatMessageMayBeOnlyAPhoto() {
        assertThat(PostRules.validChatBody("", true)).isTrue();
        assertThat(PostRules.validChatBody("", false)).isFalse();
        assertThat(PostRules.validChatBody("x".repeat(2001), true)).isFalse();
    }

    @Test
    void problemsNameTheFields() {
        assertThat(PostRules.problems("", null, 13.0, null)).extracting(p -> p.field()).containsExactly("body", "latitude");
        assertThat(PostRules.problems("Text", 40.0, 13.0, null)).extracting(p -> p.field()).containsExactly("latitude");
        assertThat(PostRules.problems("Text", 57.4, 13.3, new byte[(int) PostRules.MAX_PHOTO_BYTES + 1]))
                .extracting(p -> p.field()).containsExactly("photo");
        assertThat(PostRules.problems("Text", 57.4, 13.3, null)).isEmpty();
    }
}
