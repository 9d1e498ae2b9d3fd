-- Reference data: ATS VEN_15 Alta Padovana, ULSS 6 Euganea (Distretto 4), the 28 comuni
-- (ISTAT code, name, Belfiore code, resident population at 1 January 2021, source ISTAT),
-- the ISTAT user areas, the roles, and the managing bodies: the ATS azienda, the ULSS and each comune.

insert into social_district (code, name) values ('VEN_15', 'Ambito Territoriale Sociale VEN_15 Alta Padovana');
insert into health_authority (code, name) values ('ULSS6', 'Azienda ULSS 6 Euganea');
insert into health_district (health_authority_id, code, name)
select id, 'D4', 'Distretto 4 Alta Padovana' from health_authority where code = 'ULSS6';

insert into municipality (istat_code, name, cadastral_code, population, population_year, social_district_id, health_district_id)
select v.istat_code, v.name, v.cadastral_code, v.population, v.population_year, sd.id, hd.id
from (values
    ('028013', 'Borgoricco', 'B031', 8884, 2021),
    ('028017', 'Campodarsego', 'B524', 14764, 2021),
    ('028018', 'Campodoro', 'B531', 2588, 2021),
    ('028019', 'Camposampiero', 'B563', 11819, 2021),
    ('028020', 'Campo San Martino', 'B564', 5628, 2021),
    ('028023', 'Carmignano di Brenta', 'B795', 7448, 2021),
    ('028032', 'Cittadella', 'C743', 20018, 2021),
    ('028036', 'Curtarolo', 'D226', 7137, 2021),
    ('028038', 'Fontaniva', 'D679', 7943, 2021),
    ('028039', 'Galliera Veneta', 'D879', 7080, 2021),
    ('028041', 'Gazzo', 'D956', 4267, 2021),
    ('028042', 'Grantorto', 'E145', 4519, 2021),
    ('028046', 'Loreggia', 'E684', 7603, 2021),
    ('028050', 'Massanzago', 'F033', 6067, 2021),
    ('028063', 'Piazzola sul Brenta', 'G587', 11044, 2021),
    ('028064', 'Piombino Dese', 'G688', 9433, 2021),
    ('028075', 'San Giorgio delle Pertiche', 'H893', 10113, 2021),
    ('028076', 'San Giorgio in Bosco', 'H897', 6369, 2021),
    ('028077', 'San Martino di Lupari', 'I008', 13094, 2021),
    ('028078', 'San Pietro in Gu', 'I107', 4338, 2021),
    ('028080', 'Santa Giustina in Colle', 'I207', 7138, 2021),
    ('028091', 'Tombolo', 'L199', 8300, 2021),
    ('028093', 'Trebaseleghe', 'L349', 12883, 2021),
    ('028099', 'Vigodarzere', 'L892', 13060, 2021),
    ('028100', 'Vigonza', 'L900', 22940, 2021),
    ('028101', 'Villa del Conte', 'L934', 5468, 2021),
    ('028103', 'Villafranca Padovana', 'L947', 10534, 2021),
    ('028104', 'Villanova di Camposampiero', 'L979', 6185, 2021)
) as v(istat_code, name, cadastral_code, population, population_year)
cross join social_district sd
cross join health_district hd
where sd.code = 'VEN_15' and hd.code = 'D4';

insert into user_area (code, istat_code, name, istat_rank) values
    ('family-minors',  'FAM',    'Famiglia e minori', 1),
    ('disability',     'DIS',    'Disabili', 2),
    ('addiction',      'ADD',    'Dipendenze', 3),
    ('elderly',        'ELD',    'Anziani', 4),
    ('immigrants',     'IMMNOM', 'Immigrati, Rom, Sinti e Caminanti', 5),
    ('poverty-adults', 'POV',    'Povertà, disagio adulti e senza dimora', 6),
    ('multi-user',     'MULBEN', 'Multiutenza', 7);

insert into role (code, name) values
    ('social-worker',    'Assistente sociale'),
    ('educator',         'Educatore'),
    ('administrative',   'Amministrativo'),
    ('coordinator',      'Coordinatore'),
    ('area-manager',     'Responsabile d''area'),
    ('director',         'Direttore'),
    ('ulss-operator',    'Operatore ULSS'),
    ('process-designer', 'Designer di processo'),
    ('dpo',              'Responsabile della protezione dei dati (DPO)'),
    ('system-admin',     'Amministratore di sistema');

insert into managing_body (code, name, kind, social_district_id)
select 'ats-ven15', 'Azienda speciale consortile ATS Alta Padovana', 'SOCIAL_DISTRICT_AGENCY', id
from social_district where code = 'VEN_15';

insert into managing_body (code, name, kind, health_authority_id)
select 'ulss6', 'Azienda ULSS 6 Euganea', 'HEALTH_AUTHORITY', id
from health_authority where code = 'ULSS6';

insert into managing_body (code, name, kind, municipality_id)
select 'comune-' || istat_code, 'Comune di ' || name, 'MUNICIPALITY', id
from municipality;
