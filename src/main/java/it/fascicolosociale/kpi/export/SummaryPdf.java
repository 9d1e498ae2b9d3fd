package it.fascicolosociale.kpi.export;

import java.awt.Color;
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
 * The yearly summary of one comune as a PDF (OpenPDF): a heading, then each indicator the comune may read with
 * its table and definition, small counts already suppressed. Landscape A4, the standard Helvetica font (which
 * covers Italian accents and the euro sign).
 */
final class SummaryPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

    private SummaryPdf() {
    }

    static byte[] write(String title, String subtitle, List<ExportedTable> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(subtitle, TEXT));
        for (ExportedTable table : tables) {
            section(document, table);
        }
        document.close();
        return bytes.toByteArray();
    }

    private static void section(Document document, ExportedTable table) {
        Paragraph heading = new Paragraph(table.title(), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
        PdfPTable grid = new PdfPTable(table.headers().size());
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        for (String header : table.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEADER));
            cell.setBackgroundColor(new Color(230, 236, 242));
            grid.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(text(value), TEXT));
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                grid.addCell(cell);
            }
        }
        document.add(grid);
        document.add(new Paragraph(table.definition(), TEXT));
        if (table.note() != null) {
            document.add(new Paragraph(table.note(), TEXT));
        }
    }

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        return value == null ? "" : value.toString();
    }
}
