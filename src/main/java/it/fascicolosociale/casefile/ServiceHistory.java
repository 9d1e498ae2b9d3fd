package it.fascicolosociale.casefile;

import static it.fascicolosociale.casefile.Labels.label;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import it.fascicolosociale.benefits.Benefit;
import it.fascicolosociale.benefits.BenefitDelivery;
import it.fascicolosociale.benefits.BenefitRenewal;
import it.fascicolosociale.benefits.BenefitSteps;
import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.benefits.ServiceCatalogue;
import it.fascicolosociale.casefile.TimelineEntry.Kind;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.platform.ItalianDates;
import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.ReferralEntry;
import it.fascicolosociale.referrals.Referrals;

/** The timeline entries of the services of a case: each step of its benefits, the deliveries, the referrals and answers. */
@Component
class ServiceHistory {

    private final Benefits benefits;
    private final ServiceCatalogue catalogue;
    private final Referrals referrals;
    private final Units units;
    private final Clock clock;

    ServiceHistory(Benefits benefits, ServiceCatalogue catalogue, Referrals referrals, Units units, Clock clock) {
        this.benefits = benefits;
        this.catalogue = catalogue;
        this.referrals = referrals;
        this.units = units;
        this.clock = clock;
    }

    List<TimelineEntry> of(Long caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        benefits.ofCase(caseId).forEach(benefit -> addBenefit(benefit, entries));
        referrals.ofCase(caseId).forEach(referral -> addReferral(referral, entries));
        return entries;
    }

    private void addBenefit(Benefit benefit, List<TimelineEntry> entries) {
        String item = catalogue.item(benefit.getItemCode()).getNameIt();
        BenefitSteps steps = benefit.getSteps();
        entries.add(TimelineEntry.of(steps.getRequestedAt(), Kind.BENEFIT, "timeline.benefit.requested", steps.getRequestedBy(),
                item, ItalianDates.format(benefit.period().from()), ItalianDates.format(benefit.period().to())));
        if (steps.getCheckedAt() != null) {
            entries.add(benefit.getIsee()
                    .map(isee -> TimelineEntry.of(steps.getCheckedAt(), Kind.BENEFIT, "timeline.benefit.checked", steps.getCheckedBy(),
                            item, label("isee-type." + isee.type().code()), Money.euro(isee.value())))
                    .orElse(TimelineEntry.of(steps.getCheckedAt(), Kind.BENEFIT, "timeline.benefit.checked-without-isee",
                            steps.getCheckedBy(), item)));
        }
        if (steps.getDecidedAt() != null) {
            entries.add(benefit.getAct()
                    .map(act -> TimelineEntry.of(steps.getDecidedAt(), Kind.BENEFIT, "timeline.benefit.approved", steps.getDecidedBy(),
                            item, label("approval-act-type." + act.type().code()), act.number(), ItalianDates.format(act.date())))
                    .orElse(TimelineEntry.of(steps.getDecidedAt(), Kind.BENEFIT, "timeline.benefit.refused", steps.getDecidedBy(), item)
                            .withText(steps.getRefusalReason())));
        }
        if (steps.getActivationDate() != null) {
            entries.add(TimelineEntry.onDay(steps.getActivationDate(), clock.getZone(), Kind.BENEFIT,
                    "timeline.benefit.activated", steps.getActivatedBy(), item));
        }
        for (BenefitDelivery delivery : benefits.deliveriesOf(benefit.getId())) {
            entries.add(TimelineEntry.of(Labels.dayAt(delivery.getDeliveredOn(), delivery.getRecordedAt(), clock.getZone()),
                    Kind.BENEFIT, "timeline.benefit.delivery", delivery.getRecordedBy(), item,
                    delivery.getQuantity().stripTrailingZeros().toPlainString().replace('.', ','),
                    label(benefit.getUnitOfMeasure().messageCode())));
        }
        for (BenefitRenewal renewal : benefit.getRenewals()) {
            entries.add(TimelineEntry.of(renewal.renewedAt(), Kind.BENEFIT, "timeline.benefit.renewed", renewal.renewedBy(),
                    item, ItalianDates.format(renewal.newPeriodTo())));
        }
        if (steps.getEndedOn() != null) {
            entries.add(TimelineEntry.onDay(steps.getEndedOn(), clock.getZone(), Kind.BENEFIT, "timeline.benefit.ended",
                    steps.getEndedBy(), item, label(steps.getEndReason().messageCode())));
        }
    }

    private void addReferral(Referral referral, List<TimelineEntry> entries) {
        String target = referral.target().isUnit() ? units.get(referral.target().unitCode()).getName()
                : referral.target().body() == null ? "" : referral.target().body().name();
        entries.add(TimelineEntry.of(referral.getRequestedAt(), Kind.REFERRAL, "timeline.referral.requested", referral.getSender(),
                target).withText(referral.getReason()));
        if (referral.getSentAt() != null) {
            entries.add(TimelineEntry.of(referral.getSentAt(), Kind.REFERRAL, "timeline.referral.sent", null, target));
        }
        for (ReferralEntry entry : referral.entries()) {
            entries.add(TimelineEntry.of(entry.getRecordedAt(), Kind.REFERRAL,
                    "timeline.referral." + entry.getKind().name().toLowerCase(), entry.getAuthor(), target).withText(entry.getText()));
        }
    }
}
