package it.fascicolosociale.kpi;

/**
 * SQL that finds the comune and area of the work an engine row belongs to, through its process instance's
 * business key: {@code case-<id>} (the presa in carico and the processes it calls), {@code intake-<id>},
 * {@code referral-<id>} (the case's or the accesso's).
 */
final class WorkItems {

    private WorkItems() {
    }

    /** Joins for a relation {@code alias} with a column {@code bk}; gives {@code comune} and {@code area}. */
    static String joins(String alias) {
        return """
                 left join social_case wc on wc.id = case when %1$s.bk ~ '^case-[0-9]+$' then substr(%1$s.bk, 6)::bigint end
                 left join intake wi on wi.id = case when %1$s.bk ~ '^intake-[0-9]+$' then substr(%1$s.bk, 8)::bigint end
                 left join referral wr on wr.id = case when %1$s.bk ~ '^referral-[0-9]+$' then substr(%1$s.bk, 10)::bigint end
                 left join social_case wrc on wrc.id = wr.case_id
                 left join intake wri on wri.id = wr.intake_id
                """.formatted(alias);
    }

    static final String COMUNE = "coalesce(wc.comune, wi.comune, wrc.comune, wri.comune)";
    static final String AREA = "coalesce(wc.user_area_code, wi.user_area_code, wrc.user_area_code, wri.user_area_code)";
}
