package it.fascicolosociale.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What the demo operators write in the forms, in Italian, from {@code demo/demo-cases.properties}: the Java code
 * stays in English and the texts are data, kept together where a reader can check them.
 */
@Component
@OnDemoData
class DemoTexts {

    static final String LOCATION = "demo/demo-cases.properties";

    private final Properties texts = new Properties();

    DemoTexts() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Demo texts missing: " + LOCATION, unreadable);
        }
    }

    String text(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No demo text " + key + " in " + LOCATION);
        }
        return text;
    }

    /** The text of the area ({@code key.area}) when there is one, else the default ({@code key}). */
    String text(String key, String area) {
        return texts.getProperty(key + "." + area, text(key));
    }

    List<String> list(String key) {
        return Arrays.stream(text(key).split(",")).map(String::strip).toList();
    }

    List<String> list(String key, String area) {
        return Arrays.stream(text(key, area).split(",")).map(String::strip).toList();
    }
}
