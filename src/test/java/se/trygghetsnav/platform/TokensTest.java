package se.trygghetsnav.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensCarry256RandomBitsAndAreUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Tokens.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Tokens.looksLikeToken(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void junkIsNotAToken() {
        assertThat(Tokens.looksLikeToken(null)).isFalse();
        assertThat(Tokens.looksLikeToken("abc")).isFalse();
        assertThat(Tokens.looksLikeToken("a".repeat(42) + "/")).isFalse();
    }

    @Test
    void hashIsSha256() {
        assertThat(Tokens.hash("x")).hasSize(32);
        assertThat(Tokens.hash("x")).isEqualTo(Tokens.hash("x"));
    }
}
