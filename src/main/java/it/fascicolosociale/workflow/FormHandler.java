package it.fascicolosociale.workflow;

import java.util.Set;

/**
 * Maps a validated form onto the domain, for the forms it names: records what the submission means
 * (an intake, an assessment, a decision...) through the domain modules' services, and gives back the few
 * variables the process needs. Runs in the same transaction as the submission and the task completion.
 */
public interface FormHandler {

    /** The ids of the forms this handler maps. */
    Set<String> formKeys();

    HandledForm handle(SubmittedForm form);
}
