-- Demo (synthetic): a referente del comune for Cittadella. The unit is the comune's own administration,
-- covering Cittadella alone, and no delegation names it, so its members get no case or person through the
-- need-to-know rule: the referente reads Cittadella's aggregated figures only.
insert into organizational_unit (code, name, managing_body_id, function)
select 'amministrazione-' || m.istat_code, 'Amministrazione comunale - ' || m.name, mb.id, 'administration'
from municipality m join managing_body mb on mb.municipality_id = m.id
where m.istat_code = '028032';

insert into unit_coverage (unit_id, municipality_id)
select u.id, m.id
from organizational_unit u join municipality m on u.code = 'amministrazione-' || m.istat_code;

insert into operator (username, first_name, last_name, email, password_hash)
values ('irene.bortolami', 'Irene', 'Bortolami', 'irene.bortolami@demo.fascicolosociale.invalid',
        '$2a$10$092KmQ9IgG90eD/ICjQvaegSqWre9RNnyEGYbGD58vK8ZzBY1QKtq');

insert into role_assignment (operator_id, role_code, unit_id, valid_from)
select o.id, 'municipality-officer', u.id, date '2026-01-01'
from operator o, organizational_unit u
where o.username = 'irene.bortolami' and u.code = 'amministrazione-028032';

-- Part-time posts, for the social workers' full-time equivalents of the LEPS indicator.
update operator set working_time_fraction = 0.50 where username = 'giulia.sartori';
update operator set working_time_fraction = 0.83 where username = 'paolo.gallo';
