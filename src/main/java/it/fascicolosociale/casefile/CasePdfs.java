package it.fascicolosociale.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.access.FileUse;
import it.fascicolosociale.benefits.ServiceCatalogue;
import it.fascicolosociale.careplans.CarePlan;
import it.fascicolosociale.careplans.CarePlans;
import it.fascicolosociale.careplans.Goal;
import it.fascicolosociale.careplans.InterventionKind;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.Delegations;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.Municipality;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.platform.ItalianDates;
import it.fascicolosociale.workflow.FormSubmission;
import it.fascicolosociale.workflow.FormSubmissions;

/**
 * The PAI in force and the relazione sociale (the latest social assessment of the case) as PDF, in Italian, headed
 * by the managing body the delegation table puts in charge of the case's comune and area today.
 */
@Service
@Transactional
public class CasePdfs {

    static final String SOCIAL_ASSESSMENT_FORM = "case-social-assessment";
    private static final Locale ITALIAN = Locale.ITALIAN;

    private final FileAccess access;
    private final People people;
    private final CarePlans carePlans;
    private final ServiceCatalogue catalogue;
    private final FormSubmissions submissions;
    private final Municipalities municipalities;
    private final Delegations delegations;
    private final Units units;
    private final OperatorNames names;
    private final MessageSource messages;
    private final Clock clock;

    CasePdfs(FileAccess access, People people, CarePlans carePlans, ServiceCatalogue catalogue, FormSubmissions submissions,
             Municipalities municipalities, Delegations delegations, Units units, OperatorNames names, MessageSource messages,
             Clock clock) {
        this.access = access;
        this.people = people;
        this.carePlans = carePlans;
        this.catalogue = catalogue;
        this.submissions = submissions;
        this.municipalities = municipalities;
        this.delegations = delegations;
        this.units = units;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] plan(String operator, Long caseId) {
        SocialCase socialCase = access.requireCase(operator, caseId, FileUse.download("plan-pdf", caseId));
        CarePlan plan = carePlans.inForce(caseId);
        PdfSheet sheet = header(socialCase, text("pdf.plan.title", plan.getRevision()));
        sheet.heading(text("pdf.plan.approval"))
                .row(text("pdf.plan.drafted-by"), name(plan.getDraftedBy()))
                .row(text("pdf.plan.approved-by"), name(plan.getDecidedBy()) + ", " + day(plan.getDecidedAt()));
        sheet.heading(text("pdf.plan.summary")).paragraph(plan.getSummary());
        sheet.heading(text("pdf.plan.goals")).table(
                List.of(text("pdf.plan.goal"), text("pdf.plan.indicator"), text("pdf.plan.target-date"), text("pdf.plan.goal-state")),
                plan.getGoals().stream().map(this::goalRow).toList());
        var benefits = plan.interventionsOf(InterventionKind.BENEFIT);
        if (!benefits.isEmpty()) {
            sheet.heading(text("pdf.plan.benefits")).table(
                    List.of(text("pdf.plan.benefit"), text("pdf.plan.quantity"), text("pdf.plan.period")),
                    benefits.stream().map(benefit -> List.of(catalogue.item(benefit.getItemCode()).getNameIt(),
                            benefit.getQuantity().stripTrailingZeros().toPlainString().replace('.', ','),
                            ItalianDates.format(benefit.getPeriodFrom()) + " - " + ItalianDates.format(benefit.getPeriodTo()))).toList());
        }
        var referrals = plan.interventionsOf(InterventionKind.REFERRAL);
        if (!referrals.isEmpty()) {
            sheet.heading(text("pdf.plan.referrals")).table(List.of(text("pdf.plan.referral-target"), text("pdf.plan.referral-reason")),
                    referrals.stream().map(referral -> List.of(referralTarget(referral.getReferralTarget()), referral.getReferralReason())).toList());
        }
        if (plan.getCommitments() != null) {
            sheet.heading(text("pdf.plan.commitments")).paragraph(plan.getCommitments());
        }
        return sheet.finish(text("pdf.printed-on", ItalianDates.format(LocalDate.now(clock))));
    }

    public byte[] socialReport(String operator, Long caseId) {
        SocialCase socialCase = access.requireCase(operator, caseId, FileUse.download("social-report-pdf", caseId));
        FormSubmission assessment = submissions.latest("case-" + caseId, SOCIAL_ASSESSMENT_FORM)
                .orElseThrow(() -> new SocialReportNotFoundException(caseId));
        PdfSheet sheet = header(socialCase, text("pdf.report.title"));
        sheet.heading(text("pdf.report.assessment"))
                .row(text("pdf.report.written-by"), name(assessment.getOperator()) + ", " + day(assessment.getSubmittedAt()));
        for (FormSubmissions.Answer answer : submissions.answers(assessment)) {
            String value = answer.flag() == null ? answer.value() : text(answer.flag() ? "pdf.yes" : "pdf.no");
            sheet.heading(answer.label()).paragraph(value);
        }
        return sheet.finish(text("pdf.printed-on", ItalianDates.format(LocalDate.now(clock))));
    }

    /** The letterhead, the title, and who the person and the case are. */
    private PdfSheet header(SocialCase socialCase, String title) {
        Person person = people.get(socialCase.getPersonId());
        Municipality comune = municipalities.get(socialCase.getComune());
        PdfSheet sheet = new PdfSheet(managingBody(comune, socialCase), text("pdf.district"), title);
        sheet.heading(text("pdf.person"))
                .row(text("pdf.person.name"), person.getLastName() + " " + person.getFirstName())
                .row(text("pdf.person.codice-fiscale"), person.getCodiceFiscale() == null ? null : person.getCodiceFiscale().value())
                .row(text("pdf.person.birth-date"), ItalianDates.format(person.getBirthDate()));
        return sheet.heading(text("pdf.case"))
                .row(text("pdf.case.number"), String.valueOf(socialCase.getId()))
                .row(text("pdf.case.comune"), comune.getName())
                .row(text("pdf.case.area"), text("user-area." + socialCase.getArea().code()))
                .row(text("pdf.case.manager"), name(socialCase.getCaseManager()))
                .row(text("pdf.case.opened-on"), day(socialCase.getOpenedAt()));
    }

    private String managingBody(Municipality comune, SocialCase socialCase) {
        return delegations.inForce(comune.getId(), socialCase.getArea(), LocalDate.now(clock))
                .map(delegation -> units.managingBody(delegation.getManagingBodyId()).getName())
                .orElse(text("pdf.district"));
    }

    private List<String> goalRow(Goal goal) {
        return List.of(goal.description(), goal.indicator() == null ? "" : goal.indicator(),
                ItalianDates.format(goal.targetDate()), text("goal-state." + goal.state().code()));
    }

    private String referralTarget(String target) {
        return "external".equals(target) ? text("plan.referral.external") : units.get(target).getName();
    }

    private String name(String username) {
        return names.of(List.of(username)).get(username);
    }

    private String day(java.time.Instant at) {
        return at == null ? "" : ItalianDates.format(LocalDate.ofInstant(at, clock.getZone()));
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, ITALIAN);
    }
}
