package it.fascicolosociale.notes;

import java.util.Objects;

import it.fascicolosociale.platform.RuleViolation;

/**
 * A file an operator uploads to a case: a title, the name the file had (kept for the download, never trusted for
 * its type), its bytes, and who may read it.
 */
public record DocumentUpload(String title, String fileName, byte[] content, Visibility visibility) {

    static final int TITLE_MAX = 200;
    private static final int FILE_NAME_MAX = 200;

    public DocumentUpload {
        Objects.requireNonNull(visibility, "visibility");
        if (title == null || title.isBlank()) {
            throw new RuleViolation("error.document.title-required", "a document needs its title");
        }
        title = title.strip();
        if (title.length() > TITLE_MAX) {
            throw new RuleViolation("error.document.title-too-long", "title longer than " + TITLE_MAX, TITLE_MAX);
        }
        if (content == null || content.length == 0) {
            throw new RuleViolation("error.document.file-required", "no file or an empty one");
        }
        fileName = safeName(fileName);
    }

    /** The last part of the name, without characters a download header or a file system would misread. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            return "documento";
        }
        return name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
    }
}
