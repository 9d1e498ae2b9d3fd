package it.fascicolosociale.privacy;

import static it.fascicolosociale.privacy.AccessPolicy.Outcome.ALLOWED;
import static it.fascicolosociale.privacy.AccessPolicy.Outcome.FORBIDDEN;
import static it.fascicolosociale.privacy.AccessPolicy.Outcome.INVALID;
import static it.fascicolosociale.privacy.AccessPolicy.Outcome.NOT_FOUND;
import static it.fascicolosociale.privacy.AccessPolicy.Outcome.REDIRECT_TO_LOGIN;
import static it.fascicolosociale.privacy.AccessPolicy.Outcome.UNAUTHORIZED;

import java.util.List;
import java.util.Set;

/**
 * The declared access policy of every endpoint of the application, one row each: what each role gets, by its
 * relation to the file the request names. The access matrix test asks the running application and compares; an
 * endpoint without a row, or a row without an endpoint, fails it.
 * <p>
 * A row's example path names the file with placeholders ({case}, {person}, {document}, {task}, {surname}); a row
 * without them concerns no file and is asked once per role. The person search is asked for the person's surname:
 * ALLOWED means the person is among the results, NOT_FOUND that they are not. POST rows are sent with a valid CSRF token and no form
 * values: a refused request must be refused before the form is looked at, an allowed one is answered with the
 * form's errors (or, where the form has no required value, by what it does with none), and nothing is saved.
 */
final class AccessPolicy {

    /** INVALID: the request reached what it asked for, which refused the values sent (400). */
    enum Outcome { ALLOWED, NOT_FOUND, FORBIDDEN, REDIRECT_TO_LOGIN, UNAUTHORIZED, INVALID }

    enum Relation { CASE_TEAM, UNIT_BY_DELEGATION, NONE, OTHER_COMUNE }

    /** Who a role opens files as: roles that work on files, and whether the account's unit is in charge of the case. */
    enum Files { NONE, OWN_CASES, UNIT_IN_CHARGE }

    /** A demo account of a role, or anonymous (no username). */
    record Account(String role, String username, Files files) {

        boolean anonymous() {
            return username == null;
        }

        boolean is(String... roles) {
            return Set.of(roles).contains(role);
        }

        /** Whose files the requests name: anonymous asks about the first account's. */
        String fileOwner() {
            return anonymous() ? ACCOUNTS.get(0).username() : username;
        }
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("social-worker", "elena.conte", Files.UNIT_IN_CHARGE),
            new Account("social-worker (front office)", "laura.bianchi", Files.OWN_CASES),
            new Account("educator", "luca.fontana", Files.UNIT_IN_CHARGE),
            new Account("administrative", "marta.greco", Files.UNIT_IN_CHARGE),
            new Account("coordinator", "giorgio.moretti", Files.UNIT_IN_CHARGE),
            new Account("area-manager", "chiara.longo", Files.UNIT_IN_CHARGE),
            new Account("director", "roberto.marchi", Files.OWN_CASES),
            new Account("ulss-operator", "sara.villa", Files.OWN_CASES),
            new Account("process-designer", "davide.marin", Files.NONE),
            new Account("dpo", "federica.rinaldi", Files.NONE),
            new Account("system-admin", "stefano.costa", Files.NONE),
            new Account("municipality-officer", "irene.bortolami", Files.NONE),
            new Account("anonymous", null, Files.NONE));

    /** The expected outcome for an account and its relation to the file (ignored by rows about no file). */
    interface Rule {
        Outcome expected(Account account, Relation relation);
    }

    /** What an allowed request on a file writes to the access log: its action, and whether the row names the case. */
    record Logged(String action, boolean onCase) {
    }

    /** One endpoint: method and pattern as mapped, a path to ask it with, its rule and its access-log row. */
    record Row(String method, String pattern, String example, Rule rule, Logged logged) {

        String endpoint() {
            return method + " " + pattern;
        }

        boolean aboutAFile() {
            return example.matches(".*\\{(case|person|document|task|surname)}.*");
        }

        boolean searches() {
            return example.contains("{surname}");
        }
    }

    /** Need-to-know (access.FileAccess): the case team, and the unit the delegation table puts in charge. */
    static final Rule NEED_TO_KNOW = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN
            : relation == Relation.CASE_TEAM && account.files() != Files.NONE
              || relation == Relation.UNIT_BY_DELEGATION && account.files() == Files.UNIT_IN_CHARGE ? ALLOWED : NOT_FOUND;

    /**
     * An action on a task (take, give back, hand over) is for whom it waits for: here the first interview, which
     * waits for the case manager alone (on the matrix's files, the account itself in its case team, whatever its role).
     */
    static final Rule TASK_HOLDER = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN
            : relation == Relation.CASE_TEAM ? ALLOWED : NOT_FOUND;

    /**
     * The form of a task about a file, with the file's summary and its access-log row: for its holder under
     * need-to-know; a holder whose roles open no files finds no such task.
     */
    static final Rule FILE_TASK_HOLDER = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN
            : relation == Relation.CASE_TEAM && account.files() != Files.NONE ? ALLOWED : NOT_FOUND;

    /**
     * Something of the file that the matrix's files do not have yet (a PAI in force, a social assessment): a 404 identical to that of a missing case to everyone, allowed or not. Their allowed
     * answers are shown by CasePdfTest and AccessLogCompletenessTest.
     */
    static final Rule NOT_THERE_YET = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN : NOT_FOUND;

    /**
     * Revoking a concealment the case does not have: the unit in charge passes need-to-know and is sent back to the
     * panel (only the case manager revokes); the case manager finds no such concealment; everyone else no case.
     */
    static final Rule REVOKE_NO_CONCEALMENT = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN
            : relation == Relation.UNIT_BY_DELEGATION && account.files() == Files.UNIT_IN_CHARGE ? ALLOWED : NOT_FOUND;

    static final Rule SIGNED_IN = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN : ALLOWED;

    static final Rule EVERYONE = (account, relation) -> ALLOWED;

    /** The second-factor step exists only between password and code: everyone else is sent to sign in. */
    static final Rule SECOND_FACTOR_STEP = (account, relation) -> REDIRECT_TO_LOGIN;

    static final Rule SYSTEM_ADMIN = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN
            : account.is("system-admin") ? ALLOWED : FORBIDDEN;

    /** An administration form sent empty: refused as invalid to the administrator, forbidden to everyone else. */
    static final Rule SYSTEM_ADMIN_FORM = (account, relation) -> SYSTEM_ADMIN.expected(account, relation) == ALLOWED
            ? INVALID : SYSTEM_ADMIN.expected(account, relation);

    /** The access log is the DPO's; anyone else finds nothing there. */
    static final Rule DPO = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN
            : account.is("dpo") ? ALLOWED : NOT_FOUND;

    /** The DPO's access report, asked for a codice fiscale no test gives anyone: refused as invalid to the DPO. */
    static final Rule DPO_REPORT_OF_NOBODY = (account, relation) -> DPO.expected(account, relation) == ALLOWED
            ? INVALID : DPO.expected(account, relation);

    /** Figures: managers, and the referente of the comune for its own comune; anyone else is refused. */
    static final Rule FIGURES = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN
            : account.is("director", "area-manager", "coordinator", "municipality-officer") ? ALLOWED : FORBIDDEN;

    static final Rule FIGURES_API = (account, relation) -> account.anonymous() ? UNAUTHORIZED
            : FIGURES.expected(account, relation);

    /** The front office's new accesso: the front office only, others find nothing. */
    static final Rule FRONT_OFFICE = (account, relation) -> account.anonymous() ? REDIRECT_TO_LOGIN
            : account.is("social-worker (front office)") ? ALLOWED : NOT_FOUND;

    private static final Logged READ_PERSON = new Logged("READ", false);
    private static final Logged READ_CASE = new Logged("READ", true);
    private static final Logged DOWNLOAD = new Logged("DOWNLOAD", true);

    private static Row get(String pattern, String example, Rule rule) {
        return new Row("GET", pattern, example, rule, null);
    }

    private static Row get(String pattern, String example, Rule rule, Logged logged) {
        return new Row("GET", pattern, example, rule, logged);
    }

    private static Row post(String pattern, String example, Rule rule) {
        return new Row("POST", pattern, example, rule, null);
    }

    private static Row post(String pattern, String example, Rule rule, Logged logged) {
        return new Row("POST", pattern, example, rule, logged);
    }

    static final List<Row> ROWS = List.of(
            // the file: the person, the social file and what is added to it
            get("/people", "/people?q={surname}", NEED_TO_KNOW, new Logged("SEARCH", false)),
            get("/people/{personId}", "/people/{person}", NEED_TO_KNOW, READ_PERSON),
            get("/cases/{caseId}", "/cases/{case}", NEED_TO_KNOW, READ_CASE),
            post("/cases/{caseId}/notes", "/cases/{case}/notes", NEED_TO_KNOW, READ_CASE),
            post("/cases/{caseId}/documents", "/cases/{case}/documents", NEED_TO_KNOW, READ_CASE),
            get("/cases/{caseId}/documents/{documentId}", "/cases/{case}/documents/{document}", NEED_TO_KNOW, DOWNLOAD),
            get("/cases/{caseId}/plan.pdf", "/cases/{case}/plan.pdf", NOT_THERE_YET),
            get("/cases/{caseId}/social-report.pdf", "/cases/{case}/social-report.pdf", NOT_THERE_YET),
            post("/cases/{caseId}/concealments", "/cases/{case}/concealments", NEED_TO_KNOW),
            post("/cases/{caseId}/concealments/{concealmentId}/revoke", "/cases/{case}/concealments/0/revoke", REVOKE_NO_CONCEALMENT),
            get("/emergency-access/new", "/emergency-access/new", SIGNED_IN),
            post("/emergency-access", "/emergency-access", SIGNED_IN),
            // no account has an emergency access in force during the matrix: ending one is "not found" to all
            post("/emergency-access/{emergencyAccessId}/end", "/emergency-access/987654321/end", NOT_THERE_YET),
            // tasks
            get("/", "/", SIGNED_IN),
            get("/tasks/{taskId}", "/tasks/{task}", FILE_TASK_HOLDER, READ_CASE),
            post("/tasks/{taskId}", "/tasks/{task}", FILE_TASK_HOLDER, READ_CASE),
            post("/tasks/{taskId}/refresh", "/tasks/{task}/refresh", FILE_TASK_HOLDER, READ_CASE),
            get("/tasks/{taskId}/{action:claim|unclaim|delegate}", "/tasks/{task}/unclaim", TASK_HOLDER),
            post("/tasks/{taskId}/{action:claim|unclaim|delegate}", "/tasks/{task}/unclaim", TASK_HOLDER),
            get("/intake/new", "/intake/new", FRONT_OFFICE),
            get("/intake/new/form", "/intake/new/form", FRONT_OFFICE),
            post("/intake/new", "/intake/new", FRONT_OFFICE),
            post("/intake/new/refresh", "/intake/new/refresh", FRONT_OFFICE),
            // privacy
            get("/dpo/access-log", "/dpo/access-log", DPO),
            post("/dpo/access-log/verification", "/dpo/access-log/verification", DPO),
            get("/dpo/access-report.pdf", "/dpo/access-report.pdf?codiceFiscale=NSSMRC71A41B563S", DPO_REPORT_OF_NOBODY),
            // figures
            get("/kpi", "/kpi", FIGURES),
            get("/kpi/{section:process|services|leps}", "/kpi/process", FIGURES),
            get("/kpi/comuni", "/kpi/comuni?comune=028032", SIGNED_IN),
            get("/kpi/comuni/{istatCode}", "/kpi/comuni/028032", FIGURES),
            get("/kpi/export/{indicator}.{format}", "/kpi/export/intake-outcomes.csv", FIGURES),
            get("/kpi/comuni/{istatCode}/export/{indicator}.{format}", "/kpi/comuni/028032/export/intake-outcomes.csv", FIGURES),
            get("/kpi/comuni/{istatCode}/summary-{year:[0-9]{4}}.pdf", "/kpi/comuni/028032/summary-2025.pdf", FIGURES),
            get("/api/v1/kpi", "/api/v1/kpi", FIGURES_API),
            get("/api/v1/kpi/{id}", "/api/v1/kpi/intake-outcomes?from=2025-01-01&to=2025-12-31", FIGURES_API),
            // sign-in and own profile
            get("/login", "/login", EVERYONE),
            get("/login/second-factor", "/login/second-factor", SECOND_FACTOR_STEP),
            post("/login/second-factor", "/login/second-factor", SECOND_FACTOR_STEP),
            get("/login/second-factor/enrol", "/login/second-factor/enrol", SECOND_FACTOR_STEP),
            post("/login/second-factor/enrol", "/login/second-factor/enrol", SECOND_FACTOR_STEP),
            get("/profile/security", "/profile/security", SIGNED_IN),
            post("/profile/security/password", "/profile/security/password", SIGNED_IN),
            get("/profile/security/second-factor", "/profile/security/second-factor", SIGNED_IN),
            post("/profile/security/second-factor", "/profile/security/second-factor", SIGNED_IN),
            // administration of the organization
            get("/admin", "/admin", SYSTEM_ADMIN),
            get("/admin/municipalities", "/admin/municipalities", SYSTEM_ADMIN),
            get("/admin/municipalities/new", "/admin/municipalities/new", SYSTEM_ADMIN),
            post("/admin/municipalities", "/admin/municipalities", SYSTEM_ADMIN_FORM),
            get("/admin/municipalities/{istatCode}", "/admin/municipalities/028032", SYSTEM_ADMIN),
            post("/admin/municipalities/{istatCode}", "/admin/municipalities/028032", SYSTEM_ADMIN_FORM),
            get("/admin/units", "/admin/units", SYSTEM_ADMIN),
            get("/admin/units/new", "/admin/units/new", SYSTEM_ADMIN),
            post("/admin/units", "/admin/units", SYSTEM_ADMIN_FORM),
            get("/admin/units/{id}", "/admin/units/{unit-id}", SYSTEM_ADMIN),
            post("/admin/units/{id}", "/admin/units/{unit-id}", SYSTEM_ADMIN_FORM),
            get("/admin/operators", "/admin/operators", SYSTEM_ADMIN),
            get("/admin/operators/new", "/admin/operators/new", SYSTEM_ADMIN),
            post("/admin/operators", "/admin/operators", SYSTEM_ADMIN_FORM),
            get("/admin/operators/{id}", "/admin/operators/{operator-id}", SYSTEM_ADMIN),
            post("/admin/operators/{id}", "/admin/operators/{operator-id}", SYSTEM_ADMIN_FORM),
            get("/admin/operators/{id}/security", "/admin/operators/{operator-id}/security", SYSTEM_ADMIN),
            post("/admin/operators/{id}/security/second-factor/reset", "/admin/operators/{operator-id}/security/second-factor/reset", SYSTEM_ADMIN),
            post("/admin/operators/{id}/security/identities", "/admin/operators/{operator-id}/security/identities", SYSTEM_ADMIN_FORM),
            post("/admin/operators/{id}/security/identities/remove", "/admin/operators/{operator-id}/security/identities/remove", SYSTEM_ADMIN_FORM),
            get("/admin/delegations", "/admin/delegations", SYSTEM_ADMIN),
            get("/admin/delegations/new", "/admin/delegations/new", SYSTEM_ADMIN),
            post("/admin/delegations", "/admin/delegations", SYSTEM_ADMIN_FORM),
            get("/admin/delegations/{id}", "/admin/delegations/{delegation-id}", SYSTEM_ADMIN),
            post("/admin/delegations/{id}", "/admin/delegations/{delegation-id}", SYSTEM_ADMIN_FORM));

    private AccessPolicy() {
    }
}
