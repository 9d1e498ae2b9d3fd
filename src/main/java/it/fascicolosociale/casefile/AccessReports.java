package it.fascicolosociale.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.audit.AccessEvent;
import it.fascicolosociale.audit.AccessLog;
import it.fascicolosociale.audit.AccessLogQuery;
import it.fascicolosociale.audit.AccessLogVerification;
import it.fascicolosociale.audit.AccessLogVerifier;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.RoleAssignment;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;

/**
 * What the DPO reads: the access log, filtered and paged, with the last full verification of its chain and the check of the rows after it; and the access
 * report of one person (art. 15 GDPR) as PDF: which units opened the file, when and why, never which operator
 * (CJEU C-579/21). Only for an operator with the DPO role in force; anyone else gets "not found". The report is
 * itself logged, as an export made on the person's request.
 */
@Service
@Transactional
public class AccessReports {

    /** The DPO's page: the rows, the last full verification and the rows checked since, and where the chain breaks. */
    public record LogView(AccessLogQuery.Page page, AccessLogVerification.Status verification) {

        public Optional<AccessLogVerifier.Break> chainBreak() {
            return verification.chainBreak();
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ITALIAN);

    private final AccessLogQuery query;
    private final AccessLogVerification verification;
    private final AccessLog log;
    private final Operators operators;
    private final Units units;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    AccessReports(AccessLogQuery query, AccessLogVerification verification, AccessLog log, Operators operators, Units units,
                  People people, MessageSource messages, Clock clock) {
        this.query = query;
        this.verification = verification;
        this.log = log;
        this.operators = operators;
        this.units = units;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** In one snapshot (REPEATABLE READ), as the chain's check needs: an append committed meanwhile is no false break. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LogView log(String operator, AccessLogQuery.Filter filter, int page) {
        requireDpo(operator);
        return new LogView(query.page(filter, page), verification.status());
    }

    /** The DPO asks for the whole chain to be verified now; the result is recorded as the nightly one is. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void verifyWholeChain(String operator) {
        requireDpo(operator);
        verification.verifyAndRecord();
    }

    /** The access report of the person with this codice fiscale, as PDF. */
    public byte[] citizenReport(String operator, String codiceFiscale) {
        RoleAssignment dpo = requireDpo(operator);
        Person person = people.findByCodiceFiscale(new CodiceFiscale(codiceFiscale)).orElseThrow(() ->
                new RuleViolation("error.access-report.no-person", "no person with the codice fiscale asked"));
        String unit = units.get(dpo.unitId()).getCode();
        log.record(new AccessEvent(operator, unit, Role.DPO.code(), person.getId(), null, "access-report", null,
                AccessEvent.Action.EXPORT, "data-subject-request", AccessEvent.Outcome.ALLOWED));
        PdfSheet sheet = new PdfSheet(units.managingBody(units.get(dpo.unitId()).getManagingBodyId()).getName(),
                text("pdf.district"), text("access-report.title"));
        sheet.heading(text("pdf.person"))
                .row(text("pdf.person.name"), person.getLastName() + " " + person.getFirstName())
                .row(text("pdf.person.codice-fiscale"), person.getCodiceFiscale().value())
                .paragraph(text("access-report.intro"));
        // a unit's name is looked up once per report, not once per row: a file opened 10,000 times has few units
        Map<String, String> unitNames = new HashMap<>();
        List<List<String>> rows = query.ofPerson(person.getId()).stream().map(entry -> row(entry, unitNames)).toList();
        if (rows.isEmpty()) {
            sheet.paragraph(text("access-report.none"));
        } else {
            sheet.table(List.of(text("access-report.when"), text("access-report.unit"), text("access-report.purpose"),
                    text("access-report.action")), rows);
        }
        return sheet.finish(text("pdf.printed-on", it.fascicolosociale.platform.ItalianDates.format(LocalDate.now(clock))));
    }

    /** Unit, purpose and action of one access: no operator, no item. */
    private List<String> row(AccessLogQuery.Entry entry, Map<String, String> unitNames) {
        String unit = entry.unitCode() == null ? text("access-report.unit-unknown")
                : unitNames.computeIfAbsent(entry.unitCode(), code -> units.get(code).getName());
        return List.of(WHEN.format(entry.at().atZoneSameInstant(clock.getZone())), unit,
                text("access-purpose." + entry.purpose()), text("access-action." + entry.action()));
    }

    private RoleAssignment requireDpo(String operator) {
        return operators.byUsername(operator).flatMap(found -> found.assignmentsInForceOn(LocalDate.now(clock)).stream()
                        .filter(assignment -> assignment.role() == Role.DPO).findFirst())
                .orElseThrow(() -> new NotFoundException("error.404", "not a DPO: no access log"));
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.ITALIAN);
    }
}
