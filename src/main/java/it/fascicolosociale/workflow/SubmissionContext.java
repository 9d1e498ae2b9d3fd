package it.fascicolosociale.workflow;

/** Where a form was submitted: the form and its version, the process, and the task (none for start forms). */
record SubmissionContext(String formKey, int formVersion, String businessKey, String processDefinitionId,
                         String processInstanceId, String taskId, String taskDefinitionKey) {
}
