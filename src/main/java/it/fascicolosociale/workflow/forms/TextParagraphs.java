package it.fascicolosociale.workflow.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a form-js text component (markdown) as plain paragraphs: a heading or a list item is a paragraph
 * of its own, marks of headings, lists, quotes and emphasis are dropped, nothing is read as HTML. The page
 * escapes every paragraph.
 */
final class TextParagraphs {

    private static final Pattern LINE_MARK = Pattern.compile("^\\s{0,3}(#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>\\s?)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");

    private TextParagraphs() {
    }

    static List<String> of(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        if (markdown == null) {
            return paragraphs;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            Matcher mark = LINE_MARK.matcher(line);
            boolean marked = mark.find();
            if (line.isBlank() || marked) {
                flush(paragraph, paragraphs);
            }
            String text = marked ? line.substring(mark.end()) : line;
            paragraph.append(' ').append(EMPHASIS.matcher(text).replaceAll("").strip());
            if (marked && mark.group(1).startsWith("#")) {
                flush(paragraph, paragraphs);
            }
        }
        flush(paragraph, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        String text = paragraph.toString().strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }
}
