package se.trygghetsnav.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.IntegrationTest;

/** Rules that guard the whole code base. */
class ConventionsTest extends IntegrationTest {

    @Test
    void swedishAndEnglishMessagesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Properties english = load("messages_en.properties");
        Properties fallback = load("messages.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
        assertThat(fallback).isEqualTo(swedish);
        swedish.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
        english.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
    }

    @Test
    void swedishTextsUseRealSwedishLetters() throws IOException {
        Properties swedish = load("messages_sv.properties");
        String all = String.join("\n", swedish.stringPropertyNames().stream().map(swedish::getProperty).toList());
        assertThat(all).contains("å", "ä", "ö").doesNotContain("&aring;", "Ã¥", "Ã¤");
    }

    @Test
    void everyTextKeyAPageUsesExists() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Pattern literalKey = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = literalKey.matcher(Files.readString(template));
                while (key.find()) {
                    if (!swedish.containsKey(key.group(1))) {
                        missing.add(template.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void textsWithArgumentsHaveNoApostrophesThatMessageFormatWouldEat() throws IOException {
        for (String file : List.of("messages_sv.properties", "messages_en.properties")) {
            Properties texts = load(file);
            texts.forEach((key, text) -> {
                if (text.toString().contains("{0}")) {
                    assertThat(text.toString()).as(file + " " + key).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void everyTableAndColumnIsDescribed() {
        List<String> undocumentedTables = jdbc.sql("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
                          AND obj_description(c.oid, 'pg_class') IS NULL
                        """).query(String.class).list();
        List<String> undocumentedColumns = jdbc.sql("""
                        SELECT c.relname || '.' || a.attname FROM pg_attribute a
                        JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
                          AND a.attnum > 0 AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NULL
                        """).query(String.class).list();
        assertThat(undocumentedTables).isEmpty();
        assertThat(undocumentedColumns).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConventionsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
