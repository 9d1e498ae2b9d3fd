package it.fascicolosociale.privacy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import it.fascicolosociale.people.CodiceFiscale;

/**
 * G25 at the end of {@code mvn verify}: the application logs of the whole test run (written by
 * {@code it.fascicolosociale.TestLogFile}) hold no personal data of the synthetic people the run used. Canaries: any
 * valid codice fiscale; the demo people's surnames and addresses and every text the demo operators write
 * ({@code demo/demo-cases.properties}); the full names of the people the tests create (read from the tests' sources,
 * {@code person(...)} and {@code personInCharge(...)} calls). The scan fails on a hit, and also when the file is
 * missing or shows no started application (a log that was never written proves nothing).
 * <p>
 * Arguments: the log file, the directory of the test sources.
 */
public final class LogCanaryScan {

    static final String READY = "Ready for the operators in";
    private static final Pattern CODICE_FISCALE = Pattern.compile("(?i)(?<![A-Z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Z0-9])");
    private static final Pattern TEST_PERSON = Pattern.compile("(?:person|personInCharge)\\(\"([^\"]+)\", \"([^\"]+)\"");
    private static final int SHOWN = 20;

    private LogCanaryScan() {
    }

    public static void main(String[] arguments) throws IOException {
        Path log = Path.of(arguments[0]);
        if (!Files.isRegularFile(log)) {
            fail("Log canary scan: no application log at " + log + ": was the test log file written?");
        }
        Set<String> canaries = new LinkedHashSet<>(demoCanaries());
        int demo = canaries.size();
        canaries.addAll(testPeople(Path.of(arguments[1])));
        List<String> lowered = canaries.stream().map(canary -> canary.toLowerCase(Locale.ROOT)).toList();
        List<String> hits = new ArrayList<>();
        long lines = 0;
        long started = 0;
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            for (var iterator = all.iterator(); iterator.hasNext(); ) {
                String line = iterator.next();
                lines++;
                if (line.contains(READY)) {
                    started++;
                }
                hits.addAll(hitsIn(line, lines, lowered));
            }
        }
        System.out.printf("Log canary scan: %d lines of %d application starts, %d canaries (%d of the demo, %d test people, "
                + "any valid codice fiscale), %d hits%n", lines, started, canaries.size(), demo, canaries.size() - demo, hits.size());
        hits.stream().limit(SHOWN).forEach(hit -> System.out.println("  " + hit));
        if (started == 0) {
            fail("Log canary scan: no application started in " + log + ": the file does not hold the run's logs");
        }
        if (!hits.isEmpty()) {
            fail("Log canary scan: personal data of synthetic people in the application logs (G25)");
        }
    }

    static List<String> hitsIn(String line, long number, List<String> lowered) {
        List<String> hits = new ArrayList<>();
        String lower = line.toLowerCase(Locale.ROOT);
        for (String canary : lowered) {
            if (lower.contains(canary)) {
                hits.add("line " + number + ": \"" + canary + "\"");
            }
        }
        Matcher code = CODICE_FISCALE.matcher(line);
        while (code.find()) {
            if (isValid(code.group())) {
                hits.add("line " + number + ": codice fiscale " + code.group());
            }
        }
        return hits;
    }

    private static boolean isValid(String candidate) {
        try {
            new CodiceFiscale(candidate.toUpperCase(Locale.ROOT));
            return true;
        } catch (RuntimeException notACode) {
            return false;
        }
    }

    /** Surnames, streets and every sentence of the demo; first names alone are too common to be a canary. */
    static List<String> demoCanaries() throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(LogCanaryScan.class.getResourceAsStream("/demo/demo-cases.properties"),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        List<String> canaries = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String value = texts.getProperty(key);
            if (key.equals("surnames") || key.equals("streets")) {
                Arrays.stream(value.split(",")).map(String::strip).forEach(canaries::add);
            } else if (!key.startsWith("names.") && value.length() >= 20) {
                canaries.add(value.strip());
            }
        }
        return canaries;
    }

    /** "Given Surname" and "Surname Given" of every person the tests create by name. */
    static List<String> testPeople(Path sources) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher person = TEST_PERSON.matcher(Files.readString(file));
                while (person.find()) {
                    names.add(person.group(1) + " " + person.group(2));
                    names.add(person.group(2) + " " + person.group(1));
                }
            }
        }
        return names;
    }

    private static void fail(String message) {
        System.out.println(message);
        System.exit(1);
    }
}
