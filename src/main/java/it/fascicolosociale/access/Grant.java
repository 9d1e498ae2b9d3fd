package it.fascicolosociale.access;

/**
 * Why an operator may read a file, and in which unit and role they act: what the access log records as who and
 * why. The unit and role are those of the reason (the unit in charge, the front office) or else the operator's
 * first assignment that carries file access.
 */
record Grant(AccessReason reason, String unitCode, String roleCode) {
}
