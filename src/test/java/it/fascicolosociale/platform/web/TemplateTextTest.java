package it.fascicolosociale.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the Italian message bundles: a template may hold placeholder text only
 * inside elements whose content Thymeleaf replaces (th:text, th:utext, th:replace, th:insert, th:errors), and no literal
 * text in the attributes users or assistive technologies read (title, alt, placeholder, aria-label).
 */
class TemplateTextTest {

    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][\\w:-]*)([^>]*?)(/?)>|([^<]+)", Pattern.DOTALL);
    private static final Pattern REPLACING = Pattern.compile("\\sth:(text|utext|replace|insert|errors)\\s*=");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(title|alt|placeholder|aria-label)\\s*=\\s*\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr", "use");
    private static final Set<String> CODE = Set.of("script", "style");

    @Test
    void templatesHoldNoUserTextOutsideTheMessageBundles() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                literals.addAll(literalTextIn(template));
            }
        }
        assertThat(literals).as("text to move to messages/*.properties").isEmpty();
    }

    @Test
    void findsLiteralTextWhereThereIsSome() {
        assertThat(scan("<p>Benvenuto</p>")).containsExactly("Benvenuto");
        assertThat(scan("<p th:text=\"#{home}\">Benvenuto</p><img alt=\"Logo\">")).containsExactly("alt=Logo");
        assertThat(scan("<div th:replace=\"~{x}\"><span>Segnaposto</span></div>")).isEmpty();
    }

    private static List<String> literalTextIn(Path template) throws IOException {
        return scan(Files.readString(template)).stream().map(text -> template.getFileName() + ": " + text).toList();
    }

    private static List<String> scan(String html) {
        List<String> literals = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Matcher token = TOKEN.matcher(html);
        while (token.find()) {
            boolean inside = replaced.contains(true);
            if (token.group(5) != null) {
                String text = token.group(5).replaceAll("&[a-z]+;|&#\\d+;", " ").strip();
                if (!inside && text.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(text);
                }
            } else if (token.group(2) != null) {
                String name = token.group(2).toLowerCase();
                String attributes = token.group(3);
                if (token.group(1).isEmpty()) {
                    Matcher attribute = LITERAL_ATTRIBUTE.matcher(attributes);
                    while (attribute.find()) {
                        if (!inside && attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
                            literals.add(attribute.group(1) + "=" + attribute.group(2));
                        }
                    }
                    boolean selfClosing = !token.group(4).isEmpty() || VOID.contains(name);
                    if (!selfClosing) {
                        replaced.push(CODE.contains(name) || REPLACING.matcher(attributes).find());
                    }
                } else if (!replaced.isEmpty()) {
                    replaced.pop();
                }
            }
        }
        return literals;
    }
}
