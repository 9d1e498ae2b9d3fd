package it.fascicolosociale.casefile;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * An A4 document of the social file with the ente's letterhead (the managing body in charge, then the social
 * district): headings, label-value rows, paragraphs and tables, in Helvetica with the Western encoding, which
 * writes every Italian letter. Texts come already in Italian.
 */
final class PdfSheet {

    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 10);
    private static final Font LETTERHEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 13);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 11.5f);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 56, 56, 48, 48);

    PdfSheet(String managingBody, String district, String title) {
        PdfWriter.getInstance(document, bytes);
        document.addTitle(title);
        document.addCreator("Fascicolo Sociale");
        document.open();
        document.add(new Paragraph(managingBody, LETTERHEAD));
        document.add(new Paragraph(district, BODY));
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(8);
        document.add(heading);
    }

    PdfSheet heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
        return this;
    }

    /** A line "label: value"; nothing for an empty value. */
    PdfSheet row(String label, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph line = new Paragraph();
            line.add(new Phrase(label + ": ", BOLD));
            line.add(new Phrase(value, BODY));
            document.add(line);
        }
        return this;
    }

    PdfSheet paragraph(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, BODY);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
        return this;
    }

    /** A table with a header row; every row has as many cells as the header. */
    PdfSheet table(List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        header.forEach(text -> table.addCell(cell(text, BOLD)));
        rows.forEach(row -> row.forEach(text -> table.addCell(cell(text, BODY))));
        document.add(table);
        return this;
    }

    byte[] finish(String footer) {
        Paragraph closing = new Paragraph(footer, BODY);
        closing.setSpacingBefore(18);
        closing.setAlignment(Element.ALIGN_RIGHT);
        document.add(closing);
        document.close();
        return bytes.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        return cell;
    }
}
