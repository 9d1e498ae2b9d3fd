/**
 * Camunda Forms (form-js schemas) read on the server: the schema model, and validation of submitted values
 * against it, hidden fields included, so that the server never trusts the browser.
 */
@NamedInterface("forms")
package it.fascicolosociale.workflow.forms;

import org.springframework.modulith.NamedInterface;
