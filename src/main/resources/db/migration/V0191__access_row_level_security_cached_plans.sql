-- The rule of V0162 and V0190, unchanged, in PL/pgSQL instead of SQL. PostgreSQL (before 18) cannot inline a SQL
-- function whose body has a subquery (every one of these does), and plans a SQL function again each time the query
-- that calls it starts: one check of a person planned a dozen nested queries, about a millisecond each, and a search
-- that checked every person of a comune spent its time planning. PL/pgSQL keeps its plans for the session.

create or replace function rls_in_charge(p_operator text, p_comune char(6), p_area varchar) returns boolean
    language plpgsql stable as $$
begin
    return exists (
        select 1
        from municipality m
        join delegation d on d.municipality_id = m.id and d.user_area_code = p_area
             and d.valid_from <= current_date and (d.valid_to is null or d.valid_to >= current_date)
        join organizational_unit u on u.id = d.unit_id and u.active
        where m.istat_code = p_comune and u.id in (select unit_id from rls_file_roles(p_operator)));
end
$$;

create or replace function rls_front_office(p_operator text, p_comune char(6)) returns boolean
    language plpgsql stable as $$
begin
    return exists (
        select 1
        from municipality m
        join unit_coverage uc on uc.municipality_id = m.id
        join organizational_unit u on u.id = uc.unit_id and u.active and u.function = 'front-office'
        join role_assignment ra on ra.unit_id = u.id
             and ra.valid_from <= current_date and (ra.valid_to is null or ra.valid_to >= current_date)
        join operator o on o.id = ra.operator_id and o.username = p_operator
        where m.istat_code = p_comune);
end
$$;

create or replace function rls_open_task(p_operator text, p_business_key text) returns boolean
    language plpgsql stable as $$
begin
    return exists (
        select 1
        from act_ru_execution e
        join act_ru_task t on t.proc_inst_id_ = e.id_
        where e.business_key_ = p_business_key
          and (t.assignee_ = p_operator
               or (t.assignee_ is null and exists (
                   select 1 from act_ru_identitylink l
                   where l.task_id_ = t.id_ and l.type_ = 'candidate'
                     and (l.user_id_ = p_operator or l.group_id_ in (
                         select ra.role_code || '@' || u.code
                         from operator o
                         join role_assignment ra on ra.operator_id = o.id
                              and ra.valid_from <= current_date and (ra.valid_to is null or ra.valid_to >= current_date)
                         join organizational_unit u on u.id = ra.unit_id
                         where o.username = p_operator))))));
end
$$;

create or replace function rls_emergency(p_operator text, p_person bigint) returns boolean
    language plpgsql stable as $$
begin
    return exists (select 1 from emergency_access e
                   where e.operator = p_operator and e.person_id = p_person and e.expires_at > now());
end
$$;

create or replace function rls_referred_unit(p_operator text, p_case bigint) returns boolean
    language plpgsql stable as $$
begin
    return exists (select 1 from referral r
                   join organizational_unit ru on ru.code = r.target_unit
                   where r.case_id = p_case and r.status in ('SENT', 'ACCEPTED')
                     and ru.id in (select unit_id from rls_file_roles(p_operator)));
end
$$;

create or replace function rls_file_visible(p_operator text, p_kind text, p_id bigint, p_comune char(6), p_area varchar,
                                            p_case_manager varchar) returns boolean
    language plpgsql stable as $$
begin
    return -- CASE_TEAM: the case manager or a member of the case's team
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
            and rls_emergency(p_operator, (select i.person_id from intake i where i.id = p_id)));
end
$$;

create or replace function rls_case_visible(p_operator text, p_case bigint) returns boolean
    language plpgsql stable as $$
begin
    return exists (select 1 from social_case c where c.id = p_case
                   and rls_file_visible(p_operator, 'case', c.id, c.comune, c.user_area_code, c.case_manager));
end
$$;

create or replace function rls_intake_visible(p_operator text, p_intake bigint) returns boolean
    language plpgsql stable as $$
begin
    return exists (select 1 from intake i where i.id = p_intake
                   and rls_file_visible(p_operator, 'intake', i.id, i.comune, i.user_area_code, null));
end
$$;

create or replace function rls_person_file_visible(p_operator text, p_person bigint) returns boolean
    language plpgsql stable as $$
begin
    return exists (select 1 from social_case c where c.person_id = p_person and rls_case_visible(p_operator, c.id))
        or exists (select 1 from intake i where i.person_id = p_person and rls_intake_visible(p_operator, i.id))
        or exists (select 1 from referral r where r.person_id = p_person and rls_open_task(p_operator, 'referral-' || r.id))
        or rls_emergency(p_operator, p_person);
end
$$;

create or replace function rls_referral_visible(p_operator text, p_referral bigint) returns boolean
    language plpgsql stable as $$
begin
    return exists (
        select 1 from referral r
        where r.id = p_referral and (
               (r.case_id is not null and rls_case_visible(p_operator, r.case_id))
            or (r.intake_id is not null and rls_intake_visible(p_operator, r.intake_id))
            or rls_open_task(p_operator, 'referral-' || r.id)));
end
$$;

