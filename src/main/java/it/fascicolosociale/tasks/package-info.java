/**
 * Tasks: the caseworker's starting point. The task list of the work routed to the operator, their groups and, for
 * coordinators, their units; claiming, giving back and delegating tasks with a reason; the page of a task with its
 * Camunda Form drawn on the server beside the summary of the file; and the front office's start of an accesso.
 */
@ApplicationModule(displayName = "Tasks", allowedDependencies = {
        "workflow", "workflow :: forms", "access", "cases", "people", "organization", "platform"})
package it.fascicolosociale.tasks;

import org.springframework.modulith.ApplicationModule;
