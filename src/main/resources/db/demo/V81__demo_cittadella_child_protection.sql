-- Demo: Cittadella entrusts the whole area "famiglia e minori" to the ATS child-protection service
-- (servizio tutela minori) instead of the family and minors social work unit (its coordinator comes with
-- V80), and a social worker of the ATS works in it.
update delegation d
set unit_id = u.id
from organizational_unit u, municipality m
where u.code = 'tutela-minori'
  and m.id = d.municipality_id and m.istat_code = '028032'
  and d.user_area_code = 'family-minors';

insert into role_assignment (operator_id, role_code, unit_id, valid_from)
select o.id, 'social-worker', u.id, date '2026-01-01'
from operator o, organizational_unit u
where o.username = 'marco.ferro' and u.code = 'tutela-minori';
