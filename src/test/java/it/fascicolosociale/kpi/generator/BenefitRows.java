package it.fascicolosociale.kpi.generator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The domain rows of a generated benefit: the benefit with its ISEE, co-payment and approval act, its renewals,
 * and one delivery per month of each period with the cost split (health service share first, then the user's share
 * of the rest by ISEE band, the body paying the remainder, so the three always add up to the total).
 */
final class BenefitRows {

    private final Ats ats;
    private BigDecimal userPercent;
    private BigDecimal isee;
    private int monthlyQuantity;

    BenefitRows(Ats ats) {
        this.ats = ats;
    }

    /** Writes the deliveries of a period; returns when each quarter's deliveries were recorded. */
    List<Instant> deliveries(BenefitStory.Granted benefit, LocalDate[] period, String admin) {
        terms(benefit.item());
        List<Instant> recordings = new ArrayList<>();
        List<long[]> pending = new ArrayList<>();
        LocalDate month = period[0];
        int inQuarter = 0;
        while (!month.isAfter(period[1])) {
            LocalDate deliveredOn = min(BenefitStory.monthEnd(month), period[1]);
            long id = ats.nextId("benefit_delivery");
            pending.add(new long[] {id, deliveredOn.toEpochDay()});
            inQuarter++;
            boolean last = !deliveredOn.isBefore(period[1]);
            if (inQuarter == 3 || last) {
                Instant recorded = last ? BenefitStory.endOf(period[1]).minus(Duration.ofHours(12))
                        : BenefitStory.endOf(deliveredOn).plus(ats.draws.delay(2));
                for (long[] delivery : pending) {
                    delivery(benefit, delivery[0], LocalDate.ofEpochDay(delivery[1]), admin, recorded);
                }
                recordings.add(recorded);
                pending.clear();
                inQuarter = 0;
            }
            month = BenefitStory.monthEnd(month).plusDays(1);
        }
        return recordings;
    }

    void granted(BenefitStory.Granted benefit, String admin, String approver) {
        terms(benefit.item());
        LocalDate from = benefit.periods().get(0)[0];
        LocalDate to = benefit.periods().get(benefit.periods().size() - 1)[1];
        int months = (int) Math.max(1, java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1)));
        row(benefit, admin, approver, from, to, "ENDED", BigDecimal.valueOf((long) monthlyQuantity * months));
        for (int p = 1; p < benefit.periods().size(); p++) {
            ats.domain.renewals.row(benefit.id(), benefit.periods().get(p - 1)[1], benefit.periods().get(p)[1],
                    benefit.manager(), benefit.decisions().get(p - 1));
        }
    }

    void refused(BenefitStory.Granted benefit, String admin, String approver) {
        terms(benefit.item());
        LocalDate from = Draws.day(benefit.requested()).plusDays(15);
        row(benefit, admin, approver, from, from.plusMonths(6), "REFUSED", BigDecimal.valueOf(monthlyQuantity));
    }

    private void row(BenefitStory.Granted benefit, String admin, String approver, LocalDate from, LocalDate to, String status,
                     BigDecimal quantity) {
        Item item = benefit.item();
        boolean refused = status.equals("REFUSED");
        BigDecimal userPerUnit = BenefitStory.money(item.unitCost().multiply(userPercent).movePointLeft(2));
        ats.domain.benefits.row(benefit.id(), benefit.caseId(), benefit.intake().personId(), benefit.intake().comune(),
                benefit.intake().area(), item.code(), quantity, item.unitOfMeasure(), from, to, status, benefit.manager(),
                benefit.requested(), isee == null ? null : "ordinary", isee, isee == null ? null : from.plusYears(1),
                admin, benefit.checked(), item.unitCost(), userPercent, userPerUnit, item.unitCost().subtract(userPerUnit),
                "decision", benefit.id() + "/" + Draws.day(benefit.decided()).getYear(), Draws.day(benefit.decided()),
                approver, benefit.decided(), refused ? "Requisiti non soddisfatti (dato sintetico)" : null,
                refused ? null : Draws.day(benefit.activated()), refused ? null : admin, refused ? null : to,
                refused ? null : "not-renewed", refused ? null : benefit.manager());
    }

    private void delivery(BenefitStory.Granted benefit, long id, LocalDate deliveredOn, String admin, Instant recorded) {
        Item item = benefit.item();
        BigDecimal quantity = BigDecimal.valueOf(monthlyQuantity).setScale(2);
        BigDecimal total = BenefitStory.money(quantity.multiply(item.unitCost()));
        BigDecimal health = BenefitStory.money(total.multiply(item.healthShare()));
        BigDecimal user = BenefitStory.money(total.subtract(health).multiply(userPercent).movePointLeft(2));
        BigDecimal body = total.subtract(health).subtract(user);
        ats.domain.deliveries.row(id, benefit.id(), deliveredOn, quantity, total, body, user, health, admin, recorded);
    }

    /** The ISEE band and monthly quantity of the benefit, drawn once per benefit. */
    private void terms(Item item) {
        if (userPercent != null) {
            return;
        }
        monthlyQuantity = ats.draws.between(item.minQuantity(), item.maxQuantity());
        if (!item.coPayment()) {
            userPercent = BigDecimal.ZERO.setScale(2);
            return;
        }
        isee = BigDecimal.valueOf(ats.draws.between(3000, 40000)).setScale(2);
        int band = isee.intValue() < 8000 ? 0 : isee.intValue() < 15000 ? 20 : isee.intValue() < 25000 ? 40 : 60;
        userPercent = BigDecimal.valueOf(band).setScale(2);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
