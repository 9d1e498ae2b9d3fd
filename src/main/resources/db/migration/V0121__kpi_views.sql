-- KPI (issue 6): the delegation table as the indicators read it (comune and area by their codes, the managing
-- body and unit by theirs, an open end as infinity), and the indexes the indicators' period filters use.
create view kpi_delegation as
select m.istat_code                            as comune,
       d.user_area_code                        as area,
       mb.code                                 as body_code,
       mb.name                                 as body_name,
       u.code                                  as unit_code,
       d.valid_from,
       coalesce(d.valid_to, date 'infinity')   as valid_to
from delegation d
join municipality m on m.id = d.municipality_id
join managing_body mb on mb.id = d.managing_body_id
join organizational_unit u on u.id = d.unit_id;

create index intake_registered_at on intake (registered_at);
create index intake_case on intake (case_id) where case_id is not null;
create index social_case_opened_at on social_case (opened_at);
create index case_event_at on case_event (at) include (kind);
create index benefit_decided_at on benefit (decided_at) where decided_at is not null;
create index benefit_delivery_delivered_on on benefit_delivery (delivered_on) include (benefit_id);
