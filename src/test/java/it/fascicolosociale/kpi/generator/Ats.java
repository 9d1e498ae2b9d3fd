package it.fascicolosociale.kpi.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What every story of the generator shares: the draws, the organization, the process models, the tables being
 * filled, the next id of each domain table, and the horizon by which every generated process has ended.
 */
final class Ats {

    /** Everything generated has finished by then: history without running instances needs no runtime rows. */
    static final Instant HORIZON = LocalDate.of(2026, 10, 31).atStartOfDay(Draws.ROME).toInstant();

    final Draws draws;
    final Organization organization;
    final Map<String, ProcessModel> models;
    final Domain domain = new Domain();
    final History history;
    final Map<String, long[]> nextIds;

    Ats(Draws draws, Organization organization, Map<String, ProcessModel> models, Map<String, long[]> nextIds) {
        this.draws = draws;
        this.organization = organization;
        this.models = models;
        this.history = new History(draws.random());
        this.nextIds = nextIds;
    }

    long nextId(String table) {
        return nextIds.get(table)[0]++;
    }

    ProcessModel model(String key) {
        return models.get(key);
    }

    String unitInCharge(String comune, String area, Instant at) {
        return organization.unitInCharge(comune, area, Draws.day(at));
    }

    String group(String role, String unit) {
        return role + "@" + unit;
    }
}
