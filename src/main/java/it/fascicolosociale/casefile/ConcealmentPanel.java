package it.fascicolosociale.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the case manager sees to record an oscuramento: the items of the file that may be concealed, and the
 * oscuramenti in force with who asked, when, and who recorded them.
 */
public record ConcealmentPanel(List<Item> items, List<Line> inForce) {

    /** A note ({@code typeCode} and {@code day}) or a document ({@code title}) of the file, by its key. */
    public record Item(String key, String kind, LocalDate day, String typeCode, String title) {
    }

    /** An oscuramento in force. */
    public record Line(Long id, Item item, String requestedBy, LocalDate requestedOn, String recordedBy, Instant recordedAt) {
    }
}
