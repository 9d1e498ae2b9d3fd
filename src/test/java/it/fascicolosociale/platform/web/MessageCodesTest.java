package it.fascicolosociale.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import it.fascicolosociale.organization.DuplicateCodeException;
import it.fascicolosociale.organization.UnknownCodeException;

/** Every message code the code can raise has its Italian text, so no error reaches a user as a bare code. */
class MessageCodesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern LITERAL_CODE = Pattern.compile("\"((?:error|validation)\\.[a-z0-9.-]+[a-z0-9])\"");

    @Test
    void everyErrorCodeHasItsItalianText() throws IOException {
        Set<String> codes = new TreeSet<>(literalCodesIn(Path.of("src/main/java")));
        for (UnknownCodeException.Kind kind : UnknownCodeException.Kind.values()) {
            codes.add(new UnknownCodeException(kind, "x").messageCode());
        }
        for (DuplicateCodeException.Kind kind : DuplicateCodeException.Kind.values()) {
            codes.add(new DuplicateCodeException(kind, "x").messageCode());
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(bundleBasenames());
        messages.setDefaultEncoding("UTF-8");

        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            if (messages.getMessage(code, new Object[] {"x", "y", "z"}, null, Locale.ITALIAN) == null) {
                missing.add(code);
            }
        }

        assertThat(codes).hasSizeGreaterThan(20);
        assertThat(missing).as("message codes without Italian text").isEmpty();
    }

    @Test
    void everyApostropheIsDoubledBecauseEveryTextGoesThroughMessageFormat() throws IOException {
        List<String> lonely = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path bundle : bundles.toList()) {
                for (String line : Files.readAllLines(bundle)) {
                    if (!line.startsWith("#") && LONE_APOSTROPHE.matcher(line).find()) {
                        lonely.add(bundle.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(lonely).as("texts whose apostrophe MessageFormat would swallow").isEmpty();
    }

    /** The bundles the application reads, as configured in application.properties. */
    private static String[] bundleBasenames() throws IOException {
        Properties application = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        return application.getProperty("spring.messages.basename").split(",");
    }

    private static Set<String> literalCodesIn(Path folder) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }
}
