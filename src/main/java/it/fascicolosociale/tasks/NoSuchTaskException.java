package it.fascicolosociale.tasks;

import it.fascicolosociale.platform.NotFoundException;

/** No such open task, or none the operator may open or act on: the two look the same from outside. */
public class NoSuchTaskException extends NotFoundException {

    NoSuchTaskException(String taskId) {
        super("error.task.not-found", "No open task " + taskId + " for this operator");
    }
}
