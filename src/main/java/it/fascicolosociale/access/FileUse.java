package it.fascicolosociale.access;

import it.fascicolosociale.audit.AccessEvent.Action;

/**
 * What an operator does with a file they were granted, as the access log records it: the action and the item
 * (a note, a document, a task, a PDF), by type and id. Ids only, never text.
 */
public record FileUse(Action action, String itemType, String itemId) {

    /** Viewing the person's page or the social file of a case. */
    public static FileUse view() {
        return new FileUse(Action.READ, null, null);
    }

    /** A search that returned the person. */
    public static FileUse search() {
        return new FileUse(Action.SEARCH, null, null);
    }

    /** Reading one item of the file, e.g. the summary beside a task. */
    public static FileUse read(String itemType, Object itemId) {
        return new FileUse(Action.READ, itemType, text(itemId));
    }

    /** Downloading a document or a PDF of the file. */
    public static FileUse download(String itemType, Object itemId) {
        return new FileUse(Action.DOWNLOAD, itemType, text(itemId));
    }

    /** Writing to the file: a note, a document, a form submitted on a task or a process start. */
    public static FileUse write(String itemType, Object itemId) {
        return new FileUse(Action.WRITE, itemType, text(itemId));
    }

    /** The same use, naming the item once it exists (a note just written). */
    FileUse of(Object id) {
        return new FileUse(action, itemType, text(id));
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
