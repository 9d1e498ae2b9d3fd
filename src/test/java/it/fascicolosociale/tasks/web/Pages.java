package it.fascicolosociale.tasks.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Reads pages as a person does: their text with entities decoded, the rows of a table, the tags of a field. */
final class Pages {

    private static final Pattern ROW = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]+>");

    private Pages() {
    }

    static String html(ResultActions page) throws UnsupportedEncodingException {
        return page.andReturn().getResponse().getContentAsString();
    }

    static String text(ResultActions page) throws UnsupportedEncodingException {
        return HtmlUtils.htmlUnescape(html(page));
    }

    /** What a reader reads: the text without tags, blanks collapsed, entities decoded. */
    static String plain(ResultActions page) throws UnsupportedEncodingException {
        return HtmlUtils.htmlUnescape(TAG.matcher(html(page).replaceAll("(?s)<head>.*?</head>", ""))
                .replaceAll(" ").replaceAll("\\s+", " "));
    }

    /** A form posted as the browser posts it, with its CSRF token. */
    static MockHttpServletRequestBuilder submitted(String path, String... namesAndValues) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        for (int index = 0; index < namesAndValues.length; index += 2) {
            request.param(namesAndValues[index], namesAndValues[index + 1]);
        }
        return request;
    }

    /** The cells, as plain text, of every body row of the page's tables. */
    static List<List<String>> rows(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(HtmlUtils.htmlUnescape(TAG.matcher(cell.group(1)).replaceAll(" ").replaceAll("\\s+", " ").strip()));
            }
            if (!row.group(1).contains("scope=\"col\"")) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The row with a cell containing the text. */
    static List<String> row(String html, String text) {
        return rows(html).stream().filter(cells -> cells.stream().anyMatch(cell -> cell.contains(text))).findFirst()
                .orElseThrow(() -> new AssertionError("no table row with '" + text + "'"));
    }

    /** The HTML of the table row with a cell containing the text. */
    static String rowHtml(String html, String text) {
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            if (HtmlUtils.htmlUnescape(row.group(1)).contains(text)) {
                return row.group(1);
            }
        }
        throw new AssertionError("no table row with '" + text + "'");
    }

    /** The start tag of the element with this id. */
    static String tag(String html, String id) {
        Matcher tag = Pattern.compile("<[a-z]+[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!tag.find()) {
            throw new AssertionError("no element with id " + id);
        }
        return tag.group();
    }
}
