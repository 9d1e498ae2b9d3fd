package it.fascicolosociale.notes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a social file accepts, recognised from their first bytes (and, for office documents, from
 * the entries of their ZIP container), never from the file name or the type the browser claims: a file named
 * ".pdf" that holds a PNG is a PNG, and an executable renamed ".docx" is refused.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** An office document names its kind within its first entries; a ZIP bomb is not read any further. */
    private static final int ZIP_ENTRIES_READ = 64;

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type the content is, if it is one of those accepted. */
    public static Optional<DocumentType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return startsWith(content, ZIP_MAGIC) ? officeDocument(content) : Optional.empty();
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    private static Optional<DocumentType> officeDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int read = 0; read < ZIP_ENTRIES_READ && (entry = zip.getNextEntry()) != null; read++) {
                Optional<DocumentType> named = named(entry.getName(), zip);
                if (named.isPresent()) {
                    return named;
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
    }

    /** OOXML files have their main part; OpenDocument files a first entry "mimetype" that holds the media type. */
    private static Optional<DocumentType> named(String entryName, ZipInputStream zip) throws IOException {
        return switch (entryName) {
            case "word/document.xml" -> Optional.of(DOCX);
            case "xl/workbook.xml" -> Optional.of(XLSX);
            case "mimetype" -> ofMediaType(new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip())
                    .filter(type -> type == ODT || type == ODS);
            default -> Optional.empty();
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
