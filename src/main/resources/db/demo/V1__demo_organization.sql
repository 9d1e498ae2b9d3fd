-- Demo organization (synthetic): units, the delegation table from 1 January 2026, and operators.
-- Every demo operator's password is Fascicolo-Demo-2026 (bcrypt below). Never load this in production.

-- ATS azienda: one servizio sociale professionale per user area, a front office (segretariato
-- sociale) for each comune, child protection and the direction.
insert into organizational_unit (code, name, managing_body_id, function, user_area_code)
select v.code, v.name, mb.id, v.function, v.area
from (values
    ('ssp-minori',      'Servizio sociale professionale - Famiglia e minori', 'social-work', 'family-minors'),
    ('ssp-disabili',    'Servizio sociale professionale - Disabili', 'social-work', 'disability'),
    ('ssp-dipendenze',  'Servizio sociale professionale - Dipendenze', 'social-work', 'addiction'),
    ('ssp-immigrati',   'Servizio sociale professionale - Immigrati', 'social-work', 'immigrants'),
    ('ssp-poverta',     'Servizio sociale professionale - Povertà e disagio adulti', 'social-work', 'poverty-adults'),
    ('ssp-multiutenza', 'Servizio sociale professionale - Multiutenza', 'social-work', 'multi-user'),
    ('tutela-minori',   'Servizio tutela minori', 'child-protection', 'family-minors'),
    ('direzione-ats',   'Direzione ATS Alta Padovana', 'management', null)
) as v(code, name, function, area)
cross join managing_body mb
where mb.code = 'ats-ven15';

insert into organizational_unit (code, name, managing_body_id, function)
select 'segretariato-' || m.istat_code, 'Segretariato sociale - ' || m.name, mb.id, 'front-office'
from municipality m cross join managing_body mb
where mb.code = 'ats-ven15';

insert into unit_coverage (unit_id, municipality_id)
select u.id, m.id
from organizational_unit u join municipality m on u.code = 'segretariato-' || m.istat_code;

-- ULSS 6 Euganea, Distretto 4: the elderly social work delegated by the comuni, and the district services.
insert into organizational_unit (code, name, managing_body_id, function, user_area_code)
select v.code, v.name, mb.id, v.function, v.area
from (values
    ('anziani-d4',       'Servizio sociale anziani - Distretto 4', 'social-work', 'elderly'),
    ('uvmd-d4',          'UVMD - Distretto 4', 'uvmd', null),
    ('consultorio-d4',   'Consultorio familiare - Distretto 4', 'family-counselling', 'family-minors'),
    ('serd-d4',          'SerD - Distretto 4', 'addiction-service', 'addiction'),
    ('csm-d4',           'Centro di salute mentale - Distretto 4', 'mental-health', null),
    ('eta-evolutiva-d4', 'Servizio età evolutiva - Distretto 4', 'developmental-age', 'family-minors')
) as v(code, name, function, area)
cross join managing_body mb
where mb.code = 'ulss6';

-- Cittadella and Vigonza keep the area "povertà e disagio adulti" with their own social services.
insert into organizational_unit (code, name, managing_body_id, function, user_area_code)
select 'servizi-sociali-' || m.istat_code, 'Servizi sociali - Comune di ' || m.name, mb.id, 'social-work', 'poverty-adults'
from municipality m join managing_body mb on mb.municipality_id = m.id
where m.istat_code in ('028032', '028100');

-- Every unit of the ATS and of the ULSS district serves all 28 comuni, except the front offices
-- and the comuni's own services, which serve their comune.
insert into unit_coverage (unit_id, municipality_id)
select u.id, m.id
from organizational_unit u cross join municipality m
where u.code not like 'segretariato-%' and u.code not like 'servizi-sociali-%';

insert into unit_coverage (unit_id, municipality_id)
select u.id, m.id
from organizational_unit u join municipality m on u.code = 'servizi-sociali-' || m.istat_code;

-- The delegation table from 1 January 2026: elderly to the ULSS, poverty kept by two comuni,
-- everything else to the ATS azienda.
insert into delegation (municipality_id, user_area_code, managing_body_id, unit_id, valid_from)
select m.id, a.code, u.managing_body_id, u.id, date '2026-01-01'
from municipality m
cross join user_area a
join organizational_unit u on u.code = case
    when a.code = 'elderly' then 'anziani-d4'
    when a.code = 'poverty-adults' and m.istat_code in ('028032', '028100') then 'servizi-sociali-' || m.istat_code
    when a.code = 'family-minors' then 'ssp-minori'
    when a.code = 'disability' then 'ssp-disabili'
    when a.code = 'addiction' then 'ssp-dipendenze'
    when a.code = 'immigrants' then 'ssp-immigrati'
    when a.code = 'poverty-adults' then 'ssp-poverta'
    when a.code = 'multi-user' then 'ssp-multiutenza'
end;

insert into operator (username, first_name, last_name, email, password_hash)
select v.username, v.first_name, v.last_name, v.username || '@demo.fascicolosociale.invalid',
       '$2a$10$092KmQ9IgG90eD/ICjQvaegSqWre9RNnyEGYbGD58vK8ZzBY1QKtq'
from (values
    ('laura.bianchi',    'Laura',    'Bianchi'),
    ('marco.ferro',      'Marco',    'Ferro'),
    ('elena.conte',      'Elena',    'Conte'),
    ('luca.fontana',     'Luca',     'Fontana'),
    ('marta.greco',      'Marta',    'Greco'),
    ('paolo.gallo',      'Paolo',    'Gallo'),
    ('sara.villa',       'Sara',     'Villa'),
    ('giorgio.moretti',  'Giorgio',  'Moretti'),
    ('anna.rizzo',       'Anna',     'Rizzo'),
    ('chiara.longo',     'Chiara',   'Longo'),
    ('giulia.sartori',   'Giulia',   'Sartori'),
    ('roberto.marchi',   'Roberto',  'Marchi'),
    ('davide.marin',     'Davide',   'Marin'),
    ('federica.rinaldi', 'Federica', 'Rinaldi'),
    ('stefano.costa',    'Stefano',  'Costa')
) as v(username, first_name, last_name);

insert into role_assignment (operator_id, role_code, unit_id, valid_from)
select o.id, v.role_code, u.id, date '2026-01-01'
from (values
    ('laura.bianchi',    'social-worker',    'segretariato-028019'),
    ('marco.ferro',      'social-worker',    'ssp-minori'),
    ('elena.conte',      'social-worker',    'ssp-disabili'),
    ('luca.fontana',     'educator',         'ssp-minori'),
    ('marta.greco',      'administrative',   'ssp-minori'),
    ('marta.greco',      'administrative',   'ssp-disabili'),
    ('paolo.gallo',      'social-worker',    'anziani-d4'),
    ('sara.villa',       'ulss-operator',    'uvmd-d4'),
    ('giorgio.moretti',  'coordinator',      'ssp-minori'),
    ('giorgio.moretti',  'coordinator',      'ssp-disabili'),
    ('giorgio.moretti',  'coordinator',      'ssp-dipendenze'),
    ('giorgio.moretti',  'coordinator',      'ssp-immigrati'),
    ('giorgio.moretti',  'coordinator',      'ssp-poverta'),
    ('giorgio.moretti',  'coordinator',      'ssp-multiutenza'),
    ('anna.rizzo',       'coordinator',      'anziani-d4'),
    ('chiara.longo',     'area-manager',     'ssp-minori'),
    ('chiara.longo',     'area-manager',     'ssp-disabili'),
    ('giulia.sartori',   'social-worker',    'servizi-sociali-028032'),
    ('roberto.marchi',   'director',         'direzione-ats'),
    ('davide.marin',     'process-designer', 'direzione-ats'),
    ('federica.rinaldi', 'dpo',              'direzione-ats'),
    ('stefano.costa',    'system-admin',     'direzione-ats')
) as v(username, role_code, unit_code)
join operator o on o.username = v.username
join organizational_unit u on u.code = v.unit_code;
