package it.fascicolosociale.casefile;

import java.time.Instant;
import java.util.List;

/**
 * A task of a case's processes that waits for someone: its name, due date, who holds it (a name) or to whom it is
 * offered (the names of the candidate groups), and whether it is late.
 */
public record OpenTask(String id, String name, Instant due, boolean overdue, String holder, List<String> groups) {

    public OpenTask {
        groups = List.copyOf(groups);
    }

    /** Who it waits for, as the position of the process says it. */
    public String waitingFor() {
        return holder != null ? holder : String.join(", ", groups);
    }
}
