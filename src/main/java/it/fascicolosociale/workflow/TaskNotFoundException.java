package it.fascicolosociale.workflow;

import it.fascicolosociale.platform.NotFoundException;

/** No such task, or one the operator may not complete: the two look the same from outside. */
public class TaskNotFoundException extends NotFoundException {

    TaskNotFoundException(String taskId) {
        super("error.task.not-found", "No task " + taskId + " open to this operator");
    }
}
