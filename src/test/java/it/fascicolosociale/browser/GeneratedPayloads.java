package it.fascicolosociale.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The systematic part of the stored XSS corpus: each vector (an element that runs script when parsed) written after
 * each context breakout (what closes the element, attribute, comment or raw-text element the text might land in), in
 * each spelling (names in lower, upper or mixed case; values quoted three ways; separators blank or slash; values
 * written as character references). Every one leaves {@code data-xss="number"} when parsed and sets
 * {@code window.__xss} when run, as the hand-written templates do.
 */
final class GeneratedPayloads {

    /** An attribute of a vector; a value of null makes a bare attribute ({@code open}, {@code autofocus}). */
    private record Attribute(String name, String value) {
    }

    /** An element that runs script when parsed, with the text it holds (null: written without an end tag). */
    private record Vector(String name, String tag, String content, List<Attribute> attributes) {
    }

    /** What a text must close first to start an element where it lands. */
    private record Context(String name, String breakout) {
    }

    /** How the element is spelled: names, attribute values, what separates the attributes. */
    private enum Spelling {
        LOWER_DOUBLE_QUOTED(name -> name, value -> '"' + value + '"', " "),
        UPPER_UNQUOTED(name -> name.toUpperCase(Locale.ROOT), value -> value, " "),
        MIXED_SINGLE_QUOTED_SLASHES(Spelling::mixedCase, value -> "'" + value + "'", "/"),
        CHARACTER_REFERENCES(name -> name, value -> '"' + Spelling.firstAsReference(value) + '"', " ");

        private final UnaryOperator<String> names;
        private final UnaryOperator<String> values;
        private final String separator;

        Spelling(UnaryOperator<String> names, UnaryOperator<String> values, String separator) {
            this.names = names;
            this.values = values;
            this.separator = separator;
        }

        private static String mixedCase(String name) {
            StringBuilder mixed = new StringBuilder();
            for (int i = 0; i < name.length(); i++) {
                mixed.append(i % 2 == 0 ? Character.toLowerCase(name.charAt(i)) : Character.toUpperCase(name.charAt(i)));
            }
            return mixed.toString();
        }

        /** The parser decodes a character reference in a value before anything runs it, so a filter of words misses it. */
        private static String firstAsReference(String value) {
            return "&#" + (int) value.charAt(0) + ";" + value.substring(1);
        }
    }

    private static final String RUN = "window.__xss={n}";
    private static final List<Vector> VECTORS = List.of(
            vector("image error", "img", null, "src", "x", "onerror", RUN),
            vector("svg load", "svg", null, "onload", RUN),
            vector("script", "script", RUN),
            vector("javascript: link", "a", "apri", "href", "javascript:" + RUN),
            vector("details toggle", "details", null, "open", null, "ontoggle", RUN),
            vector("input focus", "input", null, "autofocus", null, "onfocus", RUN),
            vector("javascript: frame", "iframe", "", "src", "javascript:parent.__xss={n}"),
            vector("htmx handler", "div", "premi", "hx-on:click", RUN),
            vector("javascript: object", "object", "", "data", "javascript:" + RUN));
    private static final List<Context> CONTEXTS = List.of(new Context("element text", ""),
            new Context("double-quoted attribute", "\">"), new Context("single-quoted attribute", "'>"),
            new Context("unquoted attribute", "x>"), new Context("textarea", "</textarea>"),
            new Context("title", "</title>"), new Context("comment", "-->"), new Context("script", "</script>"));

    private GeneratedPayloads() {
    }

    /** Every vector after every breakout in every spelling, numbered from the number given on. */
    static List<XssPayloads.Payload> from(int firstId) {
        List<XssPayloads.Payload> payloads = new ArrayList<>();
        for (Vector vector : VECTORS) {
            for (Context context : CONTEXTS) {
                for (Spelling spelling : Spelling.values()) {
                    int id = firstId + payloads.size();
                    String family = vector.name() + " after " + context.name() + ", " + spelling.name().toLowerCase(Locale.ROOT);
                    payloads.add(new XssPayloads.Payload(id, family, context.breakout() + element(vector, spelling, id)));
                }
            }
        }
        return payloads;
    }

    private static String element(Vector vector, Spelling spelling, int id) {
        String number = String.valueOf(id);
        StringBuilder element = new StringBuilder("<").append(spelling.names.apply(vector.tag()));
        List<Attribute> attributes = new ArrayList<>(vector.attributes());
        attributes.add(new Attribute("data-xss", "{n}"));
        for (Attribute attribute : attributes) {
            element.append(spelling.separator).append(spelling.names.apply(attribute.name()));
            if (attribute.value() != null) {
                element.append('=').append(spelling.values.apply(attribute.value().replace("{n}", number)));
            }
        }
        element.append('>');
        if (vector.content() != null) {
            element.append(vector.content().replace("{n}", number)).append("</").append(spelling.names.apply(vector.tag())).append('>');
        }
        return element.toString();
    }

    /** A vector from its tag, its content and its attributes as name, value, name, value... */
    private static Vector vector(String name, String tag, String content, String... namesAndValues) {
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.add(new Attribute(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new Vector(name, tag, content, attributes);
    }
}
