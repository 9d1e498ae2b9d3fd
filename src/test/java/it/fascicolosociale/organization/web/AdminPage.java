package it.fascicolosociale.organization.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * Works an admin page as a person does: submits its form, reads its text with the entities decoded, and
 * a table row by its header.
 */
final class AdminPage {

    private static final Pattern ROW = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]+>");

    private AdminPage() {
    }

    /** A form submitted as the browser does, with its CSRF token. */
    static MockHttpServletRequestBuilder submitted(String path, MultiValueMap<String, String> form) {
        return post(path).with(csrf()).params(form);
    }

    static String text(ResultActions page) throws UnsupportedEncodingException {
        return HtmlUtils.htmlUnescape(page.andReturn().getResponse().getContentAsString());
    }

    /** The cells of the table row whose header cell reads {@code header}, header first, as plain text. */
    static List<String> row(String html, String header) {
        Matcher rows = ROW.matcher(html);
        while (rows.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(rows.group(1));
            while (cell.find()) {
                cells.add(TAG.matcher(cell.group(1)).replaceAll(" ").replaceAll("\\s+", " ").strip());
            }
            if (!cells.isEmpty() && cells.get(0).equals(header)) {
                return cells;
            }
        }
        throw new AssertionError("no table row headed '" + header + "'");
    }
}
