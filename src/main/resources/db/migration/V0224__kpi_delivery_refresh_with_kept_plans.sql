-- KPI (issue 6): the refresh of the delivery rollups (V0210) ran as an SQL function, planned again at every
-- delivery written; as PL/pgSQL its statements keep their plans on each connection. Same statements, same locks.
create or replace function kpi_refresh_delivery(p_day date, p_benefit benefit) returns void
    language plpgsql as $$
declare
    v_month date := date_trunc('month', p_day::timestamp)::date;
begin
    perform pg_advisory_xact_lock(hashtextextended('kpi_delivery ' || p_benefit.paying_comune || ' ' || p_benefit.user_area_code, 0));
    perform pg_advisory_xact_lock(hashtextextended('kpi_delivery_person ' || p_benefit.person_id, 0));
    delete from kpi_delivery_month
        where month = v_month and comune = p_benefit.paying_comune
          and area = p_benefit.user_area_code and item = p_benefit.catalogue_item_code;
    insert into kpi_delivery_month select * from kpi_delivery_month_source s
        where s.month = v_month and s.comune = p_benefit.paying_comune
          and s.area = p_benefit.user_area_code and s.item = p_benefit.catalogue_item_code;
    delete from kpi_delivery_person where person_id = p_benefit.person_id and item = p_benefit.catalogue_item_code;
    insert into kpi_delivery_person select * from kpi_delivery_person_source s
        where s.person_id = p_benefit.person_id and s.item = p_benefit.catalogue_item_code;
end
$$;
