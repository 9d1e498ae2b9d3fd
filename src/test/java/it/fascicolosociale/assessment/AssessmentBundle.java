package it.fascicolosociale.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Italian texts of the assessment module, as tests compare them with forms and contracts. */
public final class AssessmentBundle {

    private AssessmentBundle() {
    }

    public static Properties load() {
        Properties bundle = new Properties();
        try (InputStream in = AssessmentBundle.class.getResourceAsStream("/messages/assessment.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return bundle;
    }
}
