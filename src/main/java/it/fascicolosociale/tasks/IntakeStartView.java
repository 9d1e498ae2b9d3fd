package it.fascicolosociale.tasks;

import it.fascicolosociale.workflow.forms.FormView;

/** The start form of an accesso, for the person found (null: a new person). */
public record IntakeStartView(FormView form, PersonFound person) {
}
