-- The database rule catches up with access.FileAccess (V0162 mirrored it before these reasons existed):
--   REFERRED_UNIT: a unit a referral of the case was sent to, while the referral is under way (its consent or legal
--                  basis is checked by the application; the database lets the unit's rows through, a little wider);
--   BREAK_THE_GLASS: an emergency access of the operator to the person, until it expires (at most 60 minutes);
-- and the roles that open no file (dpo, system-admin, process-designer, municipality-officer) no longer count as
-- members of the unit in charge.

create or replace function rls_file_roles(p_operator text) returns table (unit_id bigint)
    language sql stable as $$
    select ra.unit_id
    from role_assignment ra
    join operator o on o.id = ra.operator_id and o.username = p_operator
    where ra.valid_from <= current_date and (ra.valid_to is null or ra.valid_to >= current_date)
      and ra.role_code not in ('dpo', 'system-admin', 'process-designer', 'municipality-officer')
$$;

create or replace function rls_in_charge(p_operator text, p_comune char(6), p_area varchar) returns boolean
    language sql stable as $$
    select exists (
        select 1
        from municipality m
        join delegation d on d.municipality_id = m.id and d.user_area_code = p_area
             and d.valid_from <= current_date and (d.valid_to is null or d.valid_to >= current_date)
        join organizational_unit u on u.id = d.unit_id and u.active
        where m.istat_code = p_comune and u.id in (select unit_id from rls_file_roles(p_operator)))
$$;

create or replace function rls_emergency(p_operator text, p_person bigint) returns boolean
    language sql stable as $$
    select exists (select 1 from emergency_access e
                   where e.operator = p_operator and e.person_id = p_person and e.expires_at > now())
$$;

create or replace function rls_referred_unit(p_operator text, p_case bigint) returns boolean
    language sql stable as $$
    select exists (select 1 from referral r
                   join organizational_unit ru on ru.code = r.target_unit
                   where r.case_id = p_case and r.status in ('SENT', 'ACCEPTED')
                     and ru.id in (select unit_id from rls_file_roles(p_operator)))
$$;

create or replace function rls_file_visible(p_operator text, p_kind text, p_id bigint, p_comune char(6), p_area varchar,
                                            p_case_manager varchar) returns boolean
    language sql stable as $$
    select -- CASE_TEAM: the case manager or a member of the case's team
           (p_kind = 'case' and (p_case_manager = p_operator
               or exists (select 1 from case_team_member t where t.case_id = p_id and t.username = p_operator)))
           -- DELEGATED_UNIT: a role that opens files in the unit in charge of the comune and area today
        or rls_in_charge(p_operator, p_comune, p_area)
           -- FRONT_OFFICE: the front office of the accesso's comune
        or (p_kind = 'intake' and rls_front_office(p_operator, p_comune))
           -- OPEN_TASK: an open task of the file's process that the operator holds or may claim
        or (p_id is not null and rls_open_task(p_operator, p_kind || '-' || p_id))
           -- REFERRED_UNIT: a referral of the case under way to one of the operator's units
        or (p_kind = 'case' and p_id is not null and rls_referred_unit(p_operator, p_id))
           -- BREAK_THE_GLASS: an emergency access of the operator to the file's person, not expired
        or (p_kind = 'case' and p_id is not null
            and rls_emergency(p_operator, (select c.person_id from social_case c where c.id = p_id)))
        or (p_kind = 'intake' and p_id is not null
            and rls_emergency(p_operator, (select i.person_id from intake i where i.id = p_id)))
$$;

create or replace function rls_person_file_visible(p_operator text, p_person bigint) returns boolean
    language sql stable as $$
    select exists (select 1 from social_case c where c.person_id = p_person and rls_case_visible(p_operator, c.id))
        or exists (select 1 from intake i where i.person_id = p_person and rls_intake_visible(p_operator, i.id))
        or exists (select 1 from referral r where r.person_id = p_person and rls_open_task(p_operator, 'referral-' || r.id))
        or rls_emergency(p_operator, p_person)
$$;

-- The tables of V0180 and V0181 under the rule as well.
-- An emergency access: the operator who opened it, and whoever holds or may claim its review task, see it; the
-- operator adds their own (the application writes it in their request).
alter table emergency_access enable row level security;
alter table emergency_access force row level security;
create policy need_to_know on emergency_access
    using (current_setting('fascicolo.rls_checking', true) = 'on'
           or current_setting('fascicolo.system', true) = 'on'
           or operator = current_setting('fascicolo.operator', true)
           or rls_may_see(null, null, null, 'emergency-access-' || id))
    with check (current_setting('fascicolo.system', true) = 'on'
                or operator = current_setting('fascicolo.operator', true)
                or rls_may_see(null, null, null, 'emergency-access-' || id));

-- A concealment belongs to its case.
alter table concealment enable row level security;
alter table concealment force row level security;
create policy need_to_know on concealment using (rls_may_see(null, case_id, null, null));
