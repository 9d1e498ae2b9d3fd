package it.fascicolosociale.kpi.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The cells of an exported file as a spreadsheet reads them, and the test every one of them must pass: it does not
 * start like a formula, not even after the blanks and control characters a spreadsheet or a user may trim.
 */
final class ExportCells {

    private static final String FORMULA_SIGNS = "=+-@";
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STYLES = "xl/styles.xml";
    /** The built-in number format "@" of ECMA-376: the cell holds text, whatever is typed into it. */
    private static final String TEXT_FORMAT = "49";
    private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newNSInstance();

    /** A cell of a workbook: its text (inline string or value) and whether its style is the text format. */
    record XlsxCell(String text, boolean string, boolean textFormatted) {
    }

    private ExportCells() {
    }

    static boolean startsLikeAFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        if (Character.isISOControl(cell.charAt(0))) {
            return true;
        }
        int first = 0;
        while (first < cell.length() && (Character.isWhitespace(cell.charAt(first)) || Character.isSpaceChar(cell.charAt(first))
                || Character.isISOControl(cell.charAt(first)))) {
            first++;
        }
        return first < cell.length() && FORMULA_SIGNS.indexOf(cell.charAt(first)) >= 0;
    }

    /** The fields of a semicolon-separated file with quoted fields, as a spreadsheet reads them. */
    static List<String> csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';' || ch == '\n') {
                cells.add(field.toString());
                field.setLength(0);
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        return cells;
    }

    /** Every cell of the workbook's sheet, read by an XML parser: a file it cannot parse fails. */
    static List<XlsxCell> xlsx(byte[] file) throws IOException {
        Map<String, byte[]> entries = entries(file);
        try {
            NodeList formats = XML.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(STYLES)))
                    .getElementsByTagNameNS("*", "cellXfs").item(0).getChildNodes();
            NodeList cells = XML.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(SHEET)))
                    .getElementsByTagNameNS("*", "c");
            List<XlsxCell> read = new ArrayList<>();
            for (int i = 0; i < cells.getLength(); i++) {
                Element cell = (Element) cells.item(i);
                String style = cell.getAttribute("s");
                boolean textFormatted = !style.isEmpty()
                        && TEXT_FORMAT.equals(((Element) formats.item(Integer.parseInt(style))).getAttribute("numFmtId"));
                read.add(new XlsxCell(cell.getTextContent(), "inlineStr".equals(cell.getAttribute("t")), textFormatted));
            }
            return read;
        } catch (ParserConfigurationException | SAXException unreadable) {
            throw new AssertionError("the workbook is no well-formed XML", unreadable);
        }
    }

    private static Map<String, byte[]> entries(byte[] file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
