package se.trygghetsnav.measure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The measure texts live in messages-measure_sv.txt and messages-measure_en.txt until they are
 * merged into the message files: both have the same keys, and every key the pages, the
 * validation and the controller use is in them (or already in the merged files with the same text).
 */
class MeasureMessagesTest {

    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z][\\w.]*)=(.*)");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)");
    private static final Pattern FLASH_KEY = Pattern.compile("addFlashAttribute\\(MESSAGE, \"([\\w.]+)\"\\)");
    private static final List<String> TEMPLATES = List.of("list", "detail", "form");

    @Test
    void swedishAndEnglishHaveTheSameKeysOnceEachAndNoEmptyTexts() throws IOException {
        Map<String, String> swedish = texts("messages-measure_sv.txt");
        Map<String, String> english = texts("messages-measure_en.txt");
        assertThat(english.keySet()).containsExactlyElementsOf(swedish.keySet());
        swedish.forEach((key, text) -> assertThat(text).as(key).isNotBlank());
        english.forEach((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void swedishUsesRealSwedishLettersAndTextsWithArgumentsHaveNoApostrophes() throws IOException {
        Map<String, String> swedish = texts("messages-measure_sv.txt");
        assertThat(String.join("\n", swedish.values())).contains("å", "ä", "ö").doesNotContain("&aring;", "Ã¥");
        for (Map<String, String> texts : List.of(swedish, texts("messages-measure_en.txt"))) {
            texts.forEach((key, text) -> {
                if (text.contains("{0}")) {
                    assertThat(text).as(key + " goes through MessageFormat").doesNotContain("'");
                }
            });
        }
    }

    @Test
    void everyKeyThePagesUseIsThere() throws IOException {
        Set<String> known = knownKeys();
        Set<String> used = new TreeSet<>();
        for (String template : TEMPLATES) {
            Matcher key = TEMPLATE_KEY.matcher(resource("templates/measure/" + template + ".html"));
            while (key.find()) {
                used.add(key.group(1));
            }
        }
        for (MeasureStatus status : MeasureStatus.values()) {
            used.add(status.messageKey());
        }
        Matcher flash = FLASH_KEY.matcher(Files.readString(Path.of("src/main/java/se/trygghetsnav/measure/MeasureController.java")));
        while (flash.find()) {
            used.add(flash.group(1));
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(known).containsAll(used);
    }

    @Test
    void everyValidationMessageIsThere() throws IOException {
        Set<String> known = knownKeys();
        List<String> templates = new ArrayList<>();
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Class<?> form : List.of(MeasureForm.class, StatusChangeForm.class, FollowUpForm.class)) {
                validator.getConstraintsForClass(form).getConstrainedProperties().forEach(property ->
                        property.getConstraintDescriptors().stream().map(ConstraintDescriptor::getMessageTemplate).forEach(templates::add));
            }
        }
        assertThat(templates).hasSizeGreaterThanOrEqualTo(10).allMatch(template -> template.matches("\\{measure\\.[\\w.]+}"));
        assertThat(known).containsAll(templates.stream().map(t -> t.substring(1, t.length() - 1)).toList());
    }

    @Test
    void mergingChangesNoExistingText() throws IOException {
        Properties merged = new Properties();
        merged.load(new InputStreamReader(stream("messages_sv.properties"), StandardCharsets.UTF_8));
        texts("messages-measure_sv.txt").forEach((key, text) -> {
            if (merged.containsKey(key)) {
                assertThat(merged.getProperty(key)).as(key).isEqualTo(text);
            }
        });
    }

    /** Keys of the measure files and of the shared files (for the layout's own keys). */
    private static Set<String> knownKeys() throws IOException {
        Set<String> keys = new TreeSet<>(texts("messages-measure_sv.txt").keySet());
        Properties shared = new Properties();
        shared.load(new InputStreamReader(stream("messages_sv.properties"), StandardCharsets.UTF_8));
        keys.addAll(shared.stringPropertyNames());
        return keys;
    }

    /** key=value lines in file order; a key twice is an error. */
    private static Map<String, String> texts(String name) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : resource(name).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher entry = KEY_LINE.matcher(line);
            assertThat(entry.matches()).as(name + ": " + line).isTrue();
            assertThat(texts.put(entry.group(1), entry.group(2))).as(name + ": " + entry.group(1) + " twice").isNull();
        }
        return texts;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = MeasureMessagesTest.class.getResourceAsStream("/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
