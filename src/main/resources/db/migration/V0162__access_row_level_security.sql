-- Row-level security: the database's own copy of the need-to-know rule (access.FileAccess), so that a query that
-- forgets the check returns nothing foreign. The application sets, at the start of every transaction and with
-- set_config(..., true) so that it ends with the transaction, either
--   fascicolo.operator = the username of the signed-in operator, or
--   fascicolo.system   = 'on' for work that is nobody's request (job executor, start-up runners, aggregates);
-- with neither, no personal row is visible. Tables are ENABLE + FORCE: the owner is bound too, so a data migration
-- that must see personal rows sets fascicolo.system itself.
--
-- rls_may_see (for the rows of a person, case, accesso or business key) and rls_may_see_file (for a case's or an
-- accesso's own row) are the questions the policies ask. They answer at once for the system context and for the
-- checks made inside the security-definer functions (which read the protected tables themselves, as their owner),
-- and otherwise lead to rls_file_visible, where each reason to see a file is one branch: a new reason
-- (break-the-glass) is one more "or" there.

-- An operator's role in a unit in charge, today, of the comune and area (FileAccess: DELEGATED_UNIT).
create function rls_in_charge(p_operator text, p_comune char(6), p_area varchar) returns boolean
    language sql stable as $$
    select exists (
        select 1
        from municipality m
        join delegation d on d.municipality_id = m.id and d.user_area_code = p_area
             and d.valid_from <= current_date and (d.valid_to is null or d.valid_to >= current_date)
        join organizational_unit u on u.id = d.unit_id and u.active
        join role_assignment ra on ra.unit_id = u.id
             and ra.valid_from <= current_date and (ra.valid_to is null or ra.valid_to >= current_date)
        join operator o on o.id = ra.operator_id and o.username = p_operator
        where m.istat_code = p_comune)
$$;

-- An operator in an active front office covering the comune (FileAccess: FRONT_OFFICE).
create function rls_front_office(p_operator text, p_comune char(6)) returns boolean
    language sql stable as $$
    select exists (
        select 1
        from municipality m
        join unit_coverage uc on uc.municipality_id = m.id
        join organizational_unit u on u.id = uc.unit_id and u.active and u.function = 'front-office'
        join role_assignment ra on ra.unit_id = u.id
             and ra.valid_from <= current_date and (ra.valid_to is null or ra.valid_to >= current_date)
        join operator o on o.id = ra.operator_id and o.username = p_operator
        where m.istat_code = p_comune)
$$;

-- An open task of the process instance with this business key that the operator holds or may claim as a
-- candidate user or through one of their role@unit groups (FileAccess: OPEN_TASK).
create function rls_open_task(p_operator text, p_business_key text) returns boolean
    language sql stable as $$
    select exists (
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
                         where o.username = p_operator))))))
$$;

-- Every reason an operator may see a file (a case or an accesso), one branch each, mirroring access.FileAccess;
-- break-the-glass will be one more branch. Takes the file's own columns, so that it also judges a row being
-- written (a new case or accesso is not in its table yet while its policy checks it).
create function rls_file_visible(p_operator text, p_kind text, p_id bigint, p_comune char(6), p_area varchar,
                                 p_case_manager varchar) returns boolean
    language sql stable as $$
    select -- CASE_TEAM: the case manager or a member of the case's team
           (p_kind = 'case' and (p_case_manager = p_operator
               or exists (select 1 from case_team_member t where t.case_id = p_id and t.username = p_operator)))
           -- DELEGATED_UNIT: a role in the unit in charge of the comune and area today
        or rls_in_charge(p_operator, p_comune, p_area)
           -- FRONT_OFFICE: the front office of the accesso's comune
        or (p_kind = 'intake' and rls_front_office(p_operator, p_comune))
           -- OPEN_TASK: an open task of the file's process that the operator holds or may claim
        or (p_id is not null and rls_open_task(p_operator, p_kind || '-' || p_id))
$$;

create function rls_case_visible(p_operator text, p_case bigint) returns boolean
    language sql stable as $$
    select exists (select 1 from social_case c where c.id = p_case
                   and rls_file_visible(p_operator, 'case', c.id, c.comune, c.user_area_code, c.case_manager))
$$;

create function rls_intake_visible(p_operator text, p_intake bigint) returns boolean
    language sql stable as $$
    select exists (select 1 from intake i where i.id = p_intake
                   and rls_file_visible(p_operator, 'intake', i.id, i.comune, i.user_area_code, null))
$$;

-- A person through one of their cases or accessi (FileAccess.toPersons), or through a referral of theirs that the
-- operator's unit is answering (an open task of the referral's process).
create function rls_person_file_visible(p_operator text, p_person bigint) returns boolean
    language sql stable as $$
    select exists (select 1 from social_case c where c.person_id = p_person and rls_case_visible(p_operator, c.id))
        or exists (select 1 from intake i where i.person_id = p_person and rls_intake_visible(p_operator, i.id))
        or exists (select 1 from referral r where r.person_id = p_person and rls_open_task(p_operator, 'referral-' || r.id))
$$;

-- A referral through its case or accesso, or to the unit answering it: an open task of the referral's process.
create function rls_referral_visible(p_operator text, p_referral bigint) returns boolean
    language sql stable as $$
    select exists (
        select 1 from referral r
        where r.id = p_referral and (
               (r.case_id is not null and rls_case_visible(p_operator, r.case_id))
            or (r.intake_id is not null and rls_intake_visible(p_operator, r.intake_id))
            or rls_open_task(p_operator, 'referral-' || r.id)))
$$;

-- The id after the prefix of a business key (case-12, intake-7, referral-3), or null.
create function rls_key_id(p_business_key text, p_prefix text) returns bigint
    language sql immutable parallel safe as $$
    select case when p_business_key ~ ('^' || p_prefix || '-[0-9]{1,18}$')
                then substr(p_business_key, length(p_prefix) + 2)::bigint end
$$;

-- The operator's answer, run as the owner of the tables (security definer) with fascicolo.rls_checking on, so that
-- the policies of the tables it reads let it through instead of asking again (the flag is local to the transaction
-- and put back before returning; an error ends the transaction, and the flag with it). One branch per reason.
create function rls_operator_may_see(p_operator text, p_person bigint, p_case bigint, p_intake bigint,
                                     p_business_key text) returns boolean
    language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
    visible boolean;
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    visible := case
        when p_case is not null then rls_case_visible(p_operator, p_case)
        when p_intake is not null then rls_intake_visible(p_operator, p_intake)
        when p_person is not null then
               rls_person_file_visible(p_operator, p_person)
               -- the members of the household of a person the operator may read (the person page lists them)
            or exists (select 1 from household_member mine
                       join household_member theirs on theirs.household_id = mine.household_id
                            and theirs.person_id <> mine.person_id
                            and theirs.member_from <= current_date
                            and (theirs.member_to is null or theirs.member_to >= current_date)
                       where mine.person_id = p_person
                         and mine.member_from <= current_date and (mine.member_to is null or mine.member_to >= current_date)
                         and rls_person_file_visible(p_operator, theirs.person_id))
        when rls_key_id(p_business_key, 'case') is not null then rls_case_visible(p_operator, rls_key_id(p_business_key, 'case'))
        when rls_key_id(p_business_key, 'intake') is not null then rls_intake_visible(p_operator, rls_key_id(p_business_key, 'intake'))
        when rls_key_id(p_business_key, 'referral') is not null then rls_referral_visible(p_operator, rls_key_id(p_business_key, 'referral'))
        when p_business_key is not null then rls_open_task(p_operator, p_business_key)
        else false
    end;
    perform set_config('fascicolo.rls_checking', '', true);
    return coalesce(visible, false);
end
$$;

-- The same answer for a file's own row (a case or an accesso), from its columns.
create function rls_operator_may_see_file(p_operator text, p_kind text, p_id bigint, p_comune char(6), p_area varchar,
                                          p_case_manager varchar) returns boolean
    language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
    visible boolean;
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    visible := rls_file_visible(p_operator, p_kind, p_id, p_comune, p_area, p_case_manager);
    perform set_config('fascicolo.rls_checking', '', true);
    return coalesce(visible, false);
end
$$;

-- The question every policy asks: may the context of this transaction see the row of this person, case, accesso
-- or business key (give the most precise one, the others null)?
create function rls_may_see(p_person bigint, p_case bigint, p_intake bigint, p_business_key text) returns boolean
    language sql stable as $$
    select current_setting('fascicolo.rls_checking', true) = 'on'
        or current_setting('fascicolo.system', true) = 'on'
        or (coalesce(current_setting('fascicolo.operator', true), '') <> ''
            and rls_operator_may_see(current_setting('fascicolo.operator', true), p_person, p_case, p_intake, p_business_key))
$$;

-- The question the policies of the files themselves ask (social_case, intake), with the row's own columns.
create function rls_may_see_file(p_kind text, p_id bigint, p_comune char(6), p_area varchar, p_case_manager varchar)
    returns boolean language sql stable as $$
    select current_setting('fascicolo.rls_checking', true) = 'on'
        or current_setting('fascicolo.system', true) = 'on'
        or (coalesce(current_setting('fascicolo.operator', true), '') <> ''
            and rls_operator_may_see_file(current_setting('fascicolo.operator', true), p_kind, p_id, p_comune, p_area, p_case_manager))
$$;

-- A context is set: who may add a person or a household, which nobody can see before its first accesso or member.
create function rls_has_context() returns boolean language sql stable as $$
    select current_setting('fascicolo.system', true) = 'on'
        or coalesce(current_setting('fascicolo.operator', true), '') <> ''
$$;

revoke execute on function rls_operator_may_see(text, bigint, bigint, bigint, text) from public;
revoke execute on function rls_operator_may_see_file(text, text, bigint, char, varchar, varchar) from public;
grant execute on function rls_operator_may_see_file(text, text, bigint, char, varchar, varchar) to ${application_role};
grant execute on function rls_operator_may_see(text, bigint, bigint, bigint, text) to ${application_role};

-- The policies. "using" filters what is read, updated and deleted; without "with check" the same condition
-- applies to the rows written.
do $$
declare
    rule record;
begin
    for rule in select * from (values
            ('intake',               'rls_may_see_file(''intake'', id, comune, user_area_code, null)'),
            ('social_case',          'rls_may_see_file(''case'', id, comune, user_area_code, case_manager)'),
            ('case_event',           'rls_may_see(null, case_id, null, null)'),
            ('case_team_member',     'rls_may_see(null, case_id, null, null)'),
            ('consent',              'rls_may_see(person_id, null, null, null)'),
            ('household_member',     'rls_may_see(person_id, null, null, null)'),
            ('assessment',           'rls_may_see(null, case_id, null, null)'),
            ('care_plan',            'rls_may_see(null, case_id, null, null)'),
            ('care_plan_goal',       'exists (select 1 from care_plan p where p.id = care_plan_id)'),
            ('planned_intervention', 'exists (select 1 from care_plan p where p.id = care_plan_id)'),
            ('plan_review',          'rls_may_see(null, case_id, null, null)'),
            ('benefit',              'rls_may_see(null, case_id, null, null)'),
            ('benefit_renewal',      'exists (select 1 from benefit b where b.id = benefit_id)'),
            ('benefit_delivery',     'exists (select 1 from benefit b where b.id = benefit_id)'),
            ('referral',             'rls_may_see(null, null, null, ''referral-'' || id)'),
            ('referral_entry',       'exists (select 1 from referral r where r.id = referral_id)'),
            ('case_note',            'rls_may_see(null, case_id, null, null)'),
            ('case_document',        'rls_may_see(null, case_id, null, null)'),
            ('form_submission',      'rls_may_see(null, null, null, business_key)'),
            ('task_action',          'rls_may_see(null, null, null, business_key)')
        ) as rules (table_name, condition)
    loop
        execute format('alter table %I enable row level security', rule.table_name);
        execute format('alter table %I force row level security', rule.table_name);
        execute format('create policy need_to_know on %I using (%s)', rule.table_name, rule.condition);
    end loop;
end
$$;

-- A person or a household is added before anything links it to a file (its accesso, its first member):
-- any context may add one; reading, changing and removing follow the rule. The person table alone is not FORCEd:
-- the name searches below run as its owner so that they can use the trigram index (PostgreSQL never uses an index
-- through an operator that is not leakproof, as pg_trgm's are not, on a table under row-level security), and
-- apply the rule themselves to what the index found. The application role is bound all the same.
alter table person enable row level security;
create policy need_to_know_read on person for select using (rls_may_see(id, null, null, null));
create policy need_to_know_update on person for update using (rls_may_see(id, null, null, null));
create policy need_to_know_delete on person for delete using (rls_may_see(id, null, null, null));
create policy need_to_know_insert on person for insert with check (rls_has_context());

-- The persons whose name has a word like each word typed (pg_trgm's word similarity, at the threshold the caller
-- set), among those the context may see.
create function person_name_matches(p_words text[]) returns setof bigint
    language sql stable security definer set search_path = public, pg_temp as $$
    select p.id from person p
    where lower(public.f_unaccent(p_words[1])) <% public.person_search_name(p.last_name, p.first_name)
      and (select bool_and(lower(public.f_unaccent(word)) <% public.person_search_name(p.last_name, p.first_name))
           from unnest(p_words[2:]) word) is not false
      and rls_may_see(p.id, null, null, null)
$$;

-- The persons whose surname and name (in this order) contain the text, accents and case aside, among those the
-- context may see.
create function person_name_containing(p_text text) returns setof bigint
    language sql stable security definer set search_path = public, pg_temp as $$
    select p.id from person p
    where public.person_search_name(p.last_name, p.first_name) like '%' || lower(public.f_unaccent(p_text)) || '%'
      and rls_may_see(p.id, null, null, null)
$$;

-- The person with this exact codice fiscale, for any operator or the system: the front office finds the person at
-- the desk by the code they show, before any accesso links them to the comune (access.FileAccess does the same).
create function person_with_codice_fiscale(p_codice_fiscale text) returns setof person
    language sql stable security definer set search_path = public, pg_temp as $$
    select p.* from person p where p.codice_fiscale = p_codice_fiscale::char(16) and rls_has_context()
$$;

revoke execute on function person_with_codice_fiscale(text) from public;
grant execute on function person_with_codice_fiscale(text) to ${application_role};
revoke execute on function person_name_matches(text[]) from public;
revoke execute on function person_name_containing(text) from public;
grant execute on function person_name_matches(text[]) to ${application_role};
grant execute on function person_name_containing(text) to ${application_role};

alter table household enable row level security;
alter table household force row level security;
create policy need_to_know_read on household for select using (current_setting('fascicolo.system', true) = 'on'
    or exists (select 1 from household_member m where m.household_id = household.id));
create policy need_to_know_update on household for update using (current_setting('fascicolo.system', true) = 'on'
    or exists (select 1 from household_member m where m.household_id = household.id));
create policy need_to_know_delete on household for delete using (current_setting('fascicolo.system', true) = 'on'
    or exists (select 1 from household_member m where m.household_id = household.id));
create policy need_to_know_insert on household for insert with check (rls_has_context());
