package it.fascicolosociale.tasks.web;

/** The reason an operator gives for taking, giving back or handing on a task, and the colleague it goes to. */
record TaskActionForm(String reason, String colleague) {
}
