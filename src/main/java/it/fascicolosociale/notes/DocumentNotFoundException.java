package it.fascicolosociale.notes;

import it.fascicolosociale.platform.NotFoundException;

/** No document with that id in that case, or none the operator may read: the two look the same. */
public class DocumentNotFoundException extends NotFoundException {

    public DocumentNotFoundException(Long id) {
        super("error.document.not-found", "No readable document " + id);
    }
}
