package it.fascicolosociale.casefile;

import java.time.Instant;

/** A timer a process of the case waits on: the name of its event (e.g. "Revisione periodica") and when it fires. */
public record ProcessWait(String name, Instant due) {
}
