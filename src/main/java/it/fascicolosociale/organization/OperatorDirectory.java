package it.fascicolosociale.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only queries over enabled operators and their work groups ({@code role@unit} for each role
 * assignment in force today), for the process engine's identity and anything else that lists them.
 */
@Service
@Transactional(readOnly = true)
public class OperatorDirectory {

    /** An operator as the engine and task lists show them. */
    public record Account(String username, String firstName, String lastName, String email) {
    }

    /** A candidate group with members today. */
    public record WorkGroup(String id, String name) {
    }

    /** An operator with a role in a unit today, as group {@code role@unit}. */
    public record Member(String username, String firstName, String lastName, String groupId) {
    }

    /** Filters over operators; null means "any". Like-patterns use SQL wildcards. */
    public record AccountFilter(List<String> usernames, String firstName, String firstNameLike, String lastName,
                                String lastNameLike, String email, String emailLike, String groupId) {
    }

    /** Filters over groups; null means "any". */
    public record GroupFilter(List<String> ids, String name, String nameLike, String memberUsername) {
    }

    /** Which page of results, sorted by which column: "id", "firstName", "lastName", "email" or "name". */
    public record Page(int first, int max, String sortBy, boolean ascending) {
        public static final Page ALL = new Page(0, Integer.MAX_VALUE, "id", true);
    }

    private static final Map<String, String> ACCOUNT_COLUMNS = Map.of(
            "id", "o.username", "firstName", "o.first_name", "lastName", "o.last_name", "email", "o.email");
    private static final Map<String, String> GROUP_COLUMNS = Map.of("id", "g.id", "name", "g.name");

    private static final String GROUPS = """
            select distinct ra.operator_id, ra.role_code || '@' || u.code as id, r.name || ' - ' || u.name as name
            from role_assignment ra
            join role r on r.code = ra.role_code
            join organizational_unit u on u.id = ra.unit_id
            where ra.valid_from <= :today and (ra.valid_to is null or ra.valid_to >= :today)""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    OperatorDirectory(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public Optional<Account> account(String username) {
        return accounts(new AccountFilter(List.of(username), null, null, null, null, null, null, null), Page.ALL)
                .stream().findFirst();
    }

    /**
     * Whether the operator can sign in and holds, in some unit, a role that {@linkplain Role#worksOnFiles() works on
     * files} and has not ended (one that starts later counts: a social worker may be named before their first day).
     */
    public boolean worksOnFiles(String username) {
        List<String> roles = Arrays.stream(Role.values()).filter(Role::worksOnFiles).map(Role::code).toList();
        return jdbc.sql("select exists (select 1 from operator o join role_assignment ra on ra.operator_id = o.id"
                        + " where o.username = :username and o.enabled and ra.role_code in (:roles)"
                        + " and (ra.valid_to is null or ra.valid_to >= :today))")
                .param("username", username)
                .param("roles", roles)
                .param("today", today())
                .query(Boolean.class)
                .single();
    }

    public boolean checkPassword(String username, String password) {
        if (username == null || password == null) {
            return false;
        }
        return jdbc.sql("select password_hash from operator where username = :username and enabled")
                .param("username", username)
                .query(String.class)
                .optional()
                .map(hash -> passwordEncoder.matches(password, hash))
                .orElse(false);
    }

    public List<Account> accounts(AccountFilter filter, Page page) {
        Sql sql = accountSql(filter);
        return jdbc.sql("select o.username, o.first_name, o.last_name, o.email " + sql.text
                        + orderAndPage(ACCOUNT_COLUMNS, page))
                .params(sql.params)
                .query(Account.class)
                .list();
    }

    public long countAccounts(AccountFilter filter) {
        Sql sql = accountSql(filter);
        return jdbc.sql("select count(*) " + sql.text).params(sql.params).query(Long.class).single();
    }

    /** The enabled operators with a role today in one of the units, by name, once per role and unit. */
    public List<Member> membersOf(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select o.username, o.first_name, o.last_name, g.id as group_id from (" + GROUPS + ") g"
                        + " join operator o on o.id = g.operator_id"
                        + " where o.enabled and split_part(g.id, '@', 2) in (:units)"
                        + " order by o.last_name, o.first_name, g.id")
                .param("today", today())
                .param("units", new ArrayList<>(unitCodes))
                .query(Member.class)
                .list();
    }

    public List<WorkGroup> groups(GroupFilter filter, Page page) {
        Sql sql = groupSql(filter);
        return jdbc.sql("select g.id, g.name " + sql.text + orderAndPage(GROUP_COLUMNS, page))
                .params(sql.params)
                .query(WorkGroup.class)
                .list();
    }

    public long countGroups(GroupFilter filter) {
        Sql sql = groupSql(filter);
        return jdbc.sql("select count(*) " + sql.text).params(sql.params).query(Long.class).single();
    }

    private Sql accountSql(AccountFilter filter) {
        Sql sql = new Sql("from operator o where o.enabled");
        sql.andIn("o.username", filter.usernames());
        sql.and("o.first_name = :firstName", "firstName", filter.firstName());
        sql.and("o.first_name ilike :firstNameLike", "firstNameLike", filter.firstNameLike());
        sql.and("o.last_name = :lastName", "lastName", filter.lastName());
        sql.and("o.last_name ilike :lastNameLike", "lastNameLike", filter.lastNameLike());
        sql.and("o.email = :email", "email", filter.email());
        sql.and("o.email ilike :emailLike", "emailLike", filter.emailLike());
        if (filter.groupId() != null) {
            sql.params.put("today", today());
            sql.and("o.id in (select g.operator_id from (" + GROUPS + ") g where g.id = :groupId)",
                    "groupId", filter.groupId());
        }
        return sql;
    }

    private Sql groupSql(GroupFilter filter) {
        Sql sql = new Sql("from (select distinct id, name from (" + GROUPS + ") member_groups"
                + (filter.memberUsername() == null ? ""
                : " where operator_id = (select id from operator where username = :member)")
                + ") g where true");
        sql.params.put("today", today());
        if (filter.memberUsername() != null) {
            sql.params.put("member", filter.memberUsername());
        }
        sql.andIn("g.id", filter.ids());
        sql.and("g.name = :name", "name", filter.name());
        sql.and("g.name ilike :nameLike", "nameLike", filter.nameLike());
        return sql;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String orderAndPage(Map<String, String> columns, Page page) {
        String column = columns.getOrDefault(page.sortBy(), columns.get("id"));
        return " order by " + column + (page.ascending() ? " asc" : " desc")
                + " offset " + Math.max(0, page.first()) + " limit " + Math.max(0, page.max());
    }

    /** A where clause grown from optional filters, with its named parameters. */
    private static final class Sql {
        private final StringBuilder text;
        private final Map<String, Object> params = new LinkedHashMap<>();

        Sql(String start) {
            this.text = new StringBuilder(start);
        }

        void and(String condition, String name, Object value) {
            if (value != null) {
                text.append(" and ").append(condition);
                params.put(name, value);
            }
        }

        void andIn(String column, List<String> values) {
            if (values != null) {
                String name = "in" + params.size();
                text.append(values.isEmpty() ? " and false" : " and " + column + " in (:" + name + ")");
                if (!values.isEmpty()) {
                    params.put(name, new ArrayList<>(values));
                }
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
