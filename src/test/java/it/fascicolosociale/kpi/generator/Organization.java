package it.fascicolosociale.kpi.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The synthetic ATS's staff and its history of delegations before the demo table of 2026: the elderly area run by
 * the ATS azienda ({@code ssp-anziani}) until 2018 and by the ULSS from 2019, the rest as in 2026 (Cittadella's
 * minors with the family and minors unit). Social workers with their working-time fractions in every unit (one
 * per front office), a coordinator per unit, administrative staff and a UVMD operator. Read back as the stories
 * need it: who works where, who is in charge of what on a day.
 */
final class Organization {

    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    static final LocalDate ULSS_ELDERLY_FROM = LocalDate.of(2019, 1, 1);
    private static final String PASSWORD = "$2a$10$092KmQ9IgG90eD/ICjQvaegSqWre9RNnyEGYbGD58vK8ZzBY1QKtq";
    private static final Map<String, Integer> SOCIAL_WORKERS = new LinkedHashMap<>();

    static {
        SOCIAL_WORKERS.put("ssp-minori", 9);
        SOCIAL_WORKERS.put("ssp-disabili", 6);
        SOCIAL_WORKERS.put("ssp-dipendenze", 2);
        SOCIAL_WORKERS.put("ssp-immigrati", 2);
        SOCIAL_WORKERS.put("ssp-poverta", 4);
        SOCIAL_WORKERS.put("ssp-multiutenza", 2);
        SOCIAL_WORKERS.put("tutela-minori", 3);
        SOCIAL_WORKERS.put("ssp-anziani", 7);
        SOCIAL_WORKERS.put("servizi-sociali-028032", 2);
        SOCIAL_WORKERS.put("servizi-sociali-028100", 2);
    }

    /** A comune with its population, the weight of its share of the accessi. */
    record Comune(String istatCode, int population) {
    }

    private record Delegation(String comune, String area, String unit, LocalDate from, LocalDate to) {
    }

    final List<Comune> comuni = new ArrayList<>();
    final Map<String, List<String>> workersOfUnit = new HashMap<>();
    final Map<String, String> frontOfficeWorker = new HashMap<>();
    private final List<Delegation> delegations = new ArrayList<>();
    private final Random random;
    private final String prefix;

    Organization(Random random, String prefix) {
        this.random = random;
        this.prefix = prefix;
    }

    void create(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into organizational_unit (code, name, managing_body_id, function, user_area_code)
                    select 'ssp-anziani', 'Servizio sociale professionale - Anziani (fino al 2018)', id, 'social-work', 'elderly'
                    from managing_body where code = 'ats-ven15' on conflict (code) do nothing""");
            sql.execute("""
                    insert into unit_coverage (unit_id, municipality_id)
                    select u.id, m.id from organizational_unit u cross join municipality m where u.code = 'ssp-anziani'
                    on conflict do nothing""");
            sql.execute(DELEGATIONS);
        }
        for (Map.Entry<String, Integer> unit : SOCIAL_WORKERS.entrySet()) {
            for (int n = 1; n <= unit.getValue(); n++) {
                String username = prefix + "as." + unit.getKey() + "." + n;
                operator(connection, username, fraction());
                workersOfUnit.computeIfAbsent(unit.getKey(), key -> new ArrayList<>()).add(username);
                if (unit.getKey().equals("ssp-anziani")) {
                    assign(connection, username, "social-worker", "ssp-anziani", FIRST_DAY, ULSS_ELDERLY_FROM.minusDays(1));
                    assign(connection, username, "social-worker", "anziani-d4", ULSS_ELDERLY_FROM, null);
                    workersOfUnit.computeIfAbsent("anziani-d4", key -> new ArrayList<>()).add(username);
                } else {
                    assign(connection, username, "social-worker", unit.getKey(), FIRST_DAY, null);
                }
            }
        }
        readComuni(connection);
        for (Comune comune : comuni) {
            String username = prefix + "as.segretariato." + comune.istatCode();
            operator(connection, username, Math.min(1.0, Math.max(0.5, Math.round(comune.population() / 1500.0) / 10.0)));
            assign(connection, username, "social-worker", "segretariato-" + comune.istatCode(), FIRST_DAY, null);
            frontOfficeWorker.put(comune.istatCode(), username);
        }
        for (String unit : List.of("ssp-minori", "ssp-disabili", "ssp-dipendenze", "ssp-immigrati", "ssp-poverta",
                "ssp-multiutenza", "tutela-minori", "ssp-anziani", "anziani-d4", "servizi-sociali-028032",
                "servizi-sociali-028100", "uvmd-d4")) {
            staff(connection, unit, "coordinator", "co");
            staff(connection, unit, "administrative", "amm");
            staff(connection, unit, "area-manager", "ra");
        }
        staff(connection, "uvmd-d4", "ulss-operator", "uvmd");
        readDelegations(connection);
    }

    /** The unit in charge of a comune and area on a day, as the delegation table says. */
    String unitInCharge(String comune, String area, LocalDate day) {
        for (Delegation delegation : delegations) {
            if (delegation.comune.equals(comune) && delegation.area.equals(area) && !day.isBefore(delegation.from)
                    && (delegation.to == null || !day.isAfter(delegation.to))) {
                return delegation.unit;
            }
        }
        throw new IllegalStateException("no delegation for " + comune + " " + area + " on " + day);
    }

    String staffOf(String unit, String role) {
        return prefix + role + "." + unit;
    }

    private void staff(Connection connection, String unit, String role, String shortName) throws SQLException {
        String username = staffOf(unit, shortName);
        operator(connection, username, 1.0);
        assign(connection, username, role, unit, FIRST_DAY, null);
    }

    private double fraction() {
        double draw = random.nextDouble();
        return draw < 0.7 ? 1.0 : draw < 0.85 ? 0.83 : 0.5;
    }

    private void operator(Connection connection, String username, double fraction) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into operator (username, first_name, last_name, email, password_hash, working_time_fraction)
                values (?, 'Operatore', ?, null, ?, ?)""")) {
            insert.setString(1, username);
            insert.setString(2, "Sintetico " + username);
            insert.setString(3, PASSWORD);
            insert.setDouble(4, fraction);
            insert.executeUpdate();
        }
    }

    private static void assign(Connection connection, String username, String role, String unit, LocalDate from,
                               LocalDate to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into role_assignment (operator_id, role_code, unit_id, valid_from, valid_to)
                select o.id, ?, u.id, ?, ? from operator o, organizational_unit u where o.username = ? and u.code = ?""")) {
            insert.setString(1, role);
            insert.setObject(2, from);
            insert.setObject(3, to);
            insert.setString(4, username);
            insert.setString(5, unit);
            insert.executeUpdate();
        }
    }

    private void readComuni(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select istat_code, population from municipality order by istat_code")) {
            while (rows.next()) {
                comuni.add(new Comune(rows.getString(1), rows.getInt(2)));
            }
        }
    }

    private void readDelegations(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                "select comune, area, unit_code, valid_from, nullif(valid_to, 'infinity') from kpi_delegation order by valid_from")) {
            while (rows.next()) {
                delegations.add(new Delegation(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class)));
            }
        }
    }

    private static final String DELEGATIONS = """
            insert into delegation (municipality_id, user_area_code, managing_body_id, unit_id, valid_from, valid_to)
            select m.id, a.code, u.managing_body_id, u.id, p.valid_from, p.valid_to
            from municipality m
            cross join user_area a
            cross join (values (date '2016-01-01', date '2018-12-31'), (date '2019-01-01', date '2025-12-31')) as p(valid_from, valid_to)
            join organizational_unit u on u.code = case
                when a.code = 'elderly' and p.valid_from < date '2019-01-01' then 'ssp-anziani'
                when a.code = 'elderly' then 'anziani-d4'
                when a.code = 'poverty-adults' and m.istat_code in ('028032', '028100') then 'servizi-sociali-' || m.istat_code
                when a.code = 'family-minors' then 'ssp-minori'
                when a.code = 'disability' then 'ssp-disabili'
                when a.code = 'addiction' then 'ssp-dipendenze'
                when a.code = 'immigrants' then 'ssp-immigrati'
                when a.code = 'poverty-adults' then 'ssp-poverta'
                when a.code = 'multi-user' then 'ssp-multiutenza'
            end""";
}
