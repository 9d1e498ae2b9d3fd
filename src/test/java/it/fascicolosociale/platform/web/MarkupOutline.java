package it.fascicolosociale.platform.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.unbescape.html.HtmlEscape;

/**
 * What an HTML parser (attoparser, the one Thymeleaf parses templates with) makes of a page: its elements and
 * attributes in order, the attribute values and the text inside each kind of element as a browser reads them
 * (character references decoded), and the comments or CDATA sections it found.
 */
final class MarkupOutline extends AbstractMarkupHandler {

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data", "xlink:href");

    private final List<String> elements = new ArrayList<>();
    private final List<String> attributeNames = new ArrayList<>();
    private final Map<String, List<String>> values = new HashMap<>();
    private final Map<String, StringBuilder> texts = new HashMap<>();
    private final List<String> commentsAndCdata = new ArrayList<>();
    private String open = "";

    private MarkupOutline() {
    }

    static MarkupOutline of(String html) {
        MarkupOutline outline = new MarkupOutline();
        try {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, outline);
        } catch (ParseException unparsable) {
            throw new AssertionError("the page does not parse", unparsable);
        }
        return outline;
    }

    List<String> elements() {
        return elements;
    }

    List<String> attributeNames() {
        return attributeNames;
    }

    List<String> commentsAndCdata() {
        return commentsAndCdata;
    }

    /** The values of every URL-bearing attribute. */
    List<String> urls() {
        return URL_ATTRIBUTES.stream().flatMap(name -> values.getOrDefault(name, List.of()).stream()).toList();
    }

    /** The value of the first attribute of that name. */
    String attribute(String name) {
        return values.get(name).get(0);
    }

    /** The text of every element of that name, put together. */
    String text(String element) {
        return HtmlEscape.unescapeHtml(texts.getOrDefault(element, new StringBuilder()).toString());
    }

    @Override
    public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
        element(new String(buffer, offset, length));
    }

    @Override
    public void handleStandaloneElementStart(char[] buffer, int offset, int length, boolean minimized, int line, int col) {
        element(new String(buffer, offset, length));
    }

    @Override
    public void handleCloseElementStart(char[] buffer, int offset, int length, int line, int col) {
        open = "";
    }

    @Override
    public void handleAttribute(char[] buffer, int nameOffset, int nameLength, int nameLine, int nameCol, int operatorOffset,
            int operatorLength, int operatorLine, int operatorCol, int valueOffset, int valueLength, int valueOuterOffset,
            int valueOuterLength, int valueLine, int valueCol) {
        String name = new String(buffer, nameOffset, nameLength).toLowerCase(Locale.ROOT);
        attributeNames.add(name);
        values.computeIfAbsent(name, any -> new ArrayList<>()).add(HtmlEscape.unescapeHtml(new String(buffer, valueOffset, valueLength)));
    }

    @Override
    public void handleText(char[] buffer, int offset, int length, int line, int col) {
        texts.computeIfAbsent(open, any -> new StringBuilder()).append(buffer, offset, length);
    }

    @Override
    public void handleComment(char[] buffer, int contentOffset, int contentLength, int outerOffset, int outerLength, int line, int col) {
        commentsAndCdata.add(new String(buffer, outerOffset, outerLength));
    }

    @Override
    public void handleCDATASection(char[] buffer, int contentOffset, int contentLength, int outerOffset, int outerLength, int line,
            int col) {
        commentsAndCdata.add(new String(buffer, outerOffset, outerLength));
    }

    private void element(String name) {
        open = name.toLowerCase(Locale.ROOT);
        elements.add(open);
    }
}
