package it.fascicolosociale.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The type of a document comes from its bytes: the magic numbers, and the entries of an office document's ZIP. */
class DocumentTypeTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void recognisesPdfPngAndJpegFromTheirFirstBytes() {
        assertThat(DocumentType.of(PDF)).contains(DocumentType.PDF);
        assertThat(DocumentType.of(PNG)).contains(DocumentType.PNG);
        assertThat(DocumentType.of(JPEG)).contains(DocumentType.JPEG);
    }

    @Test
    void recognisesOfficeDocumentsFromTheEntriesOfTheirZip() throws IOException {
        assertThat(DocumentType.of(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"))).contains(DocumentType.DOCX);
        assertThat(DocumentType.of(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"))).contains(DocumentType.XLSX);
        assertThat(DocumentType.of(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"))).contains(DocumentType.ODT);
        assertThat(DocumentType.of(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>")))
                .contains(DocumentType.ODS);
    }

    @Test
    void refusesExecutablesPlainZipsAndOtherOpenDocumentKinds() throws IOException {
        assertThat(DocumentType.of(EXECUTABLE)).isEmpty();
        assertThat(DocumentType.of("ciao".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.of(new byte[0])).isEmpty();
        assertThat(DocumentType.of(zip("virus.exe", "MZ"))).isEmpty();
        assertThat(DocumentType.of(zip("mimetype", "application/vnd.oasis.opendocument.presentation"))).isEmpty();
        assertThat(DocumentType.of(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).as("a broken ZIP").isEmpty();
    }

    /** A ZIP with the given entries: name, content, name, content... */
    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int index = 0; index < entries.length; index += 2) {
                zip.putNextEntry(new ZipEntry(entries[index]));
                zip.write(entries[index + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
