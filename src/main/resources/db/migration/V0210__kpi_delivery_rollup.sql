-- KPI (issue 6): the deliveries as the service and cost indicators count them, rolled up so that a year of the ATS
-- is answered from a few thousand rows instead of every delivery joined to its benefit and delegation.
--
-- kpi_delivery_month: the amounts per month, paying comune, user area, catalogue item and the managing body the
-- delegation table put in charge on the day of each delivery. The indicators read whole months from it and the
-- days of a period's partial first and last month from the deliveries themselves.
-- kpi_delivery_person: who was served, once per year, person, item, comune, area and body, with the days of that
-- year they were served on (a multirange), so that a person is counted once per service per year for any period.
-- Ids, codes, days and sums only: no person's data, hence no row-level security.
--
-- How they stay correct: each table is the plain query of its *_source view. The triggers below re-apply that
-- query to the rows a write can change, in the same transaction: a delivery recorded, corrected or deleted (its
-- month and item, and its person and item); a benefit whose person, comune, area or item is corrected; a
-- delegation added, changed or removed (the comune and area it concerns). A case that moves to another comune
-- leaves its benefits with the comune that pays for them (benefit.paying_comune is never updated by the
-- application), so it changes nothing here. They read the benefits in the system's row-security context: the sums
-- cover every file, not only those the writing operator may see. kpi_rebuild_delivery() refills both tables;
-- the migration uses it for existing data, a bulk load that suspends the triggers calls it before it commits.
create table kpi_delivery_month (
    month          date          not null,
    comune         char(6)       not null,
    area           varchar(30)   not null,
    item           varchar(60)   not null,
    body_code      varchar(40),
    deliveries     bigint        not null,
    quantity       numeric       not null,
    total          numeric       not null,
    body           numeric       not null,
    "user"         numeric       not null,
    health_service numeric       not null,
    unique nulls not distinct (month, comune, area, item, body_code)
);

create table kpi_delivery_person (
    year      integer          not null,
    person_id bigint           not null,
    item      varchar(60)      not null,
    comune    char(6)          not null,
    area      varchar(30)      not null,
    body_code varchar(40),
    days      datemultirange   not null,
    unique nulls not distinct (year, person_id, item, comune, area, body_code)
);
create index kpi_delivery_person_comune on kpi_delivery_person (comune, area);
create index kpi_delivery_person_person on kpi_delivery_person (person_id, item);

create view kpi_delivery_source as
select d.delivered_on, b.person_id, b.paying_comune as comune, b.user_area_code as area, b.catalogue_item_code as item,
       dl.body_code, d.quantity, d.total_amount, d.body_amount, d.user_amount, d.health_service_amount
from benefit_delivery d
join benefit b on b.id = d.benefit_id
left join kpi_delegation dl on dl.comune = b.paying_comune and dl.area = b.user_area_code
     and d.delivered_on between dl.valid_from and dl.valid_to;

create view kpi_delivery_month_source as
select date_trunc('month', s.delivered_on::timestamp)::date as month, s.comune, s.area, s.item, s.body_code,
       count(*) as deliveries, sum(s.quantity) as quantity, sum(s.total_amount) as total, sum(s.body_amount) as body,
       sum(s.user_amount) as "user", sum(s.health_service_amount) as health_service
from kpi_delivery_source s
group by 1, s.comune, s.area, s.item, s.body_code;

create view kpi_delivery_person_source as
select extract(year from s.delivered_on)::integer as year, s.person_id, s.item, s.comune, s.area, s.body_code,
       range_agg(daterange(s.delivered_on, s.delivered_on, '[]')) as days
from kpi_delivery_source s
group by 1, s.person_id, s.item, s.comune, s.area, s.body_code;

-- What a delivery of the benefit on the day counts in: the month, comune, area and item of the amounts, and the
-- person and item of the persons. The refreshes read every benefit: only the owner's trigger functions below call
-- them, with the policies let through. Two transactions writing deliveries of one comune and area (or of one
-- person) take turns on a lock until they commit: the second then reads the first one's deliveries and replaces
-- its rows, instead of adding a row of the same key.
create function kpi_refresh_delivery(p_day date, p_benefit benefit) returns void language sql as $$
    select pg_advisory_xact_lock(hashtextextended('kpi_delivery ' || p_benefit.paying_comune || ' ' || p_benefit.user_area_code, 0));
    select pg_advisory_xact_lock(hashtextextended('kpi_delivery_person ' || p_benefit.person_id, 0));
    delete from kpi_delivery_month
        where month = date_trunc('month', p_day::timestamp)::date and comune = p_benefit.paying_comune
          and area = p_benefit.user_area_code and item = p_benefit.catalogue_item_code;
    insert into kpi_delivery_month select * from kpi_delivery_month_source s
        where s.month = date_trunc('month', p_day::timestamp)::date and s.comune = p_benefit.paying_comune
          and s.area = p_benefit.user_area_code and s.item = p_benefit.catalogue_item_code;
    delete from kpi_delivery_person where person_id = p_benefit.person_id and item = p_benefit.catalogue_item_code;
    insert into kpi_delivery_person select * from kpi_delivery_person_source s
        where s.person_id = p_benefit.person_id and s.item = p_benefit.catalogue_item_code;
$$;

-- Everything of one comune and area: what a change of its delegation can move to another body.
create function kpi_refresh_delivery_area(p_comune char, p_area varchar) returns void language sql as $$
    select pg_advisory_xact_lock(hashtextextended('kpi_delivery ' || p_comune || ' ' || p_area, 0));
    delete from kpi_delivery_month where comune = p_comune and area = p_area;
    insert into kpi_delivery_month select * from kpi_delivery_month_source s where s.comune = p_comune and s.area = p_area;
    delete from kpi_delivery_person where comune = p_comune and area = p_area;
    insert into kpi_delivery_person select * from kpi_delivery_person_source s where s.comune = p_comune and s.area = p_area;
$$;

revoke execute on function kpi_refresh_delivery(date, benefit) from public;
revoke execute on function kpi_refresh_delivery_area(char, varchar) from public;

-- The functions below run as the owner of the tables (security definer) with fascicolo.rls_checking on, as
-- rls_operator_may_see does (V0162): the policies let them read every benefit; the flag is put back before
-- returning, and an error ends the transaction with it.
create function kpi_rebuild_delivery() returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    previous text := current_setting('fascicolo.rls_checking', true);
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    delete from kpi_delivery_month;
    insert into kpi_delivery_month select * from kpi_delivery_month_source;
    delete from kpi_delivery_person;
    insert into kpi_delivery_person select * from kpi_delivery_person_source;
    perform set_config('fascicolo.rls_checking', coalesce(previous, ''), true);
end
$$;

create function kpi_delivery_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    previous text := current_setting('fascicolo.rls_checking', true);
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_refresh_delivery(old.delivered_on, (select b from benefit b where b.id = old.benefit_id));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_refresh_delivery(new.delivered_on, (select b from benefit b where b.id = new.benefit_id));
    end if;
    perform set_config('fascicolo.rls_checking', coalesce(previous, ''), true);
    return null;
end
$$;

create function kpi_delivery_benefit_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    previous text := current_setting('fascicolo.rls_checking', true);
    delivered date;
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    for delivered in select distinct date_trunc('month', d.delivered_on::timestamp)::date from benefit_delivery d
                     where d.benefit_id = new.id loop
        perform kpi_refresh_delivery(delivered, old);
        perform kpi_refresh_delivery(delivered, new);
    end loop;
    perform set_config('fascicolo.rls_checking', coalesce(previous, ''), true);
    return null;
end
$$;

create function kpi_delivery_delegation_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    previous text := current_setting('fascicolo.rls_checking', true);
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_refresh_delivery_area((select istat_code from municipality where id = old.municipality_id),
                                          old.user_area_code);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_refresh_delivery_area((select istat_code from municipality where id = new.municipality_id),
                                          new.user_area_code);
    end if;
    perform set_config('fascicolo.rls_checking', coalesce(previous, ''), true);
    return null;
end
$$;

create trigger kpi_delivery after insert or update or delete on benefit_delivery
    for each row execute function kpi_delivery_changed();
create trigger kpi_delivery after update of person_id, paying_comune, user_area_code, catalogue_item_code on benefit
    for each row when ((old.person_id, old.paying_comune, old.user_area_code, old.catalogue_item_code)
                       is distinct from (new.person_id, new.paying_comune, new.user_area_code, new.catalogue_item_code))
    execute function kpi_delivery_benefit_changed();
create trigger kpi_delivery after insert or update or delete on delegation
    for each row execute function kpi_delivery_delegation_changed();

select kpi_rebuild_delivery();
analyze kpi_delivery_month;
analyze kpi_delivery_person;
