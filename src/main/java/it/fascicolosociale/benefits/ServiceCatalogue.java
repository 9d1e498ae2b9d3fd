package it.fascicolosociale.benefits;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.ItalianDates;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The service catalogue (nomenclatore locale): its items, the Tabella 1 codes they report under, and
 * the tariff of each item, period by period.
 */
@Service
@Transactional(readOnly = true)
public class ServiceCatalogue {

    private final CatalogueItemRepository items;
    private final BenefitCodeRepository benefitCodes;
    private final TariffRepository tariffs;

    ServiceCatalogue(CatalogueItemRepository items, BenefitCodeRepository benefitCodes, TariffRepository tariffs) {
        this.items = items;
        this.benefitCodes = benefitCodes;
        this.tariffs = tariffs;
    }

    public List<CatalogueItem> allItems() {
        return items.findAllByOrderByNameItAsc();
    }

    /** The active items a social worker of an area can choose: the area's own and those of every area. */
    public List<CatalogueItem> itemsFor(UserArea area) {
        return items.findActiveFor(area);
    }

    public CatalogueItem item(String code) {
        return items.findById(code).orElseThrow(() ->
                new NotFoundException("error.catalogue.unknown-item", "no catalogue item '" + code + "'", code));
    }

    public BenefitCode benefitCode(String code) {
        return benefitCodes.findById(code).orElseThrow(() ->
                new NotFoundException("error.catalogue.unknown-benefit-code", "no Tabella 1 code '" + code + "'", code));
    }

    public Tariff tariffInForce(String itemCode, LocalDate day) {
        CatalogueItem item = item(itemCode);
        return tariffs.findInForce(itemCode, day).orElseThrow(() ->
                new NotFoundException("error.tariff.none-in-force", "no tariff of " + itemCode + " on " + day,
                        item.getNameIt(), ItalianDates.format(day)));
    }

    public List<Tariff> tariffsOf(String itemCode) {
        item(itemCode);
        return tariffs.findByCatalogueItemCodeOrderByValidFrom(itemCode);
    }

    /**
     * Records a new tariff of an item. The open-ended tariff it follows ends the day before; any other
     * tariff in its period is refused, since one item has one tariff a day.
     */
    @Transactional
    public Tariff introduceTariff(String itemCode, TariffTerms terms) {
        List<Tariff> history = tariffsOf(itemCode);
        LocalDate from = terms.period().from();
        history.stream()
                .filter(tariff -> tariff.period().to() == null && tariff.period().from().isBefore(from))
                .forEach(tariff -> tariff.endOn(from.minusDays(1)));
        history.stream()
                .filter(tariff -> tariff.period().overlaps(terms.period()))
                .findFirst()
                .ifPresent(tariff -> {
                    throw overlapping(itemCode, tariff.period());
                });
        // the database checks the new period against the saved ones: write the ended tariff first
        tariffs.flush();
        return tariffs.save(new Tariff(itemCode, terms));
    }

    private static RuleViolation overlapping(String itemCode, Period existing) {
        return new RuleViolation("error.tariff.overlap",
                "tariff of " + itemCode + " overlaps the one from " + existing.from()
                        + (existing.to() == null ? " (open-ended)" : " to " + existing.to()),
                ItalianDates.format(existing.from()), existing.to() == null ? "" : " al " + ItalianDates.format(existing.to()));
    }
}
