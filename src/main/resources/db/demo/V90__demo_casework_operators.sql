-- Demo operators (synthetic) who complete the work of the demo cases (fascicolo.demo-cases): the front offices
-- of nine more comuni, a case manager in each ATS social work unit that had none, a responsabile d'area for the
-- adult areas of the ATS and for the ULSS elderly service, and the administrative staff who check benefits.
-- Password Fascicolo-Demo-2026, as for every demo operator. Never load this in production.
insert into operator (username, first_name, last_name, email, password_hash)
select v.username, v.first_name, v.last_name, v.username || '@demo.fascicolosociale.invalid',
       '$2a$10$092KmQ9IgG90eD/ICjQvaegSqWre9RNnyEGYbGD58vK8ZzBY1QKtq'
from (values
    ('silvia.zanon',      'Silvia',    'Zanon'),
    ('matteo.marcon',     'Matteo',    'Marcon'),
    ('irene.tonello',     'Irene',     'Tonello'),
    ('andrea.scapin',     'Andrea',    'Scapin'),
    ('valentina.favaro',  'Valentina', 'Favaro'),
    ('nicola.beghin',     'Nicola',    'Beghin'),
    ('michela.zampieri',  'Michela',   'Zampieri'),
    ('paola.carraro',     'Paola',     'Carraro'),
    ('lucia.martinello',  'Lucia',     'Martinello'),
    ('giovanni.baggio',   'Giovanni',  'Baggio'),
    ('elisa.mason',       'Elisa',     'Mason')
) as v(username, first_name, last_name);

insert into role_assignment (operator_id, role_code, unit_id, valid_from)
select o.id, v.role_code, u.id, date '2026-01-01'
from (values
    -- front offices (segretariato sociale): Cittadella, San Martino di Lupari, Piazzola sul Brenta
    ('silvia.zanon',     'social-worker',  'segretariato-028032'),
    ('silvia.zanon',     'social-worker',  'segretariato-028077'),
    ('silvia.zanon',     'social-worker',  'segretariato-028063'),
    -- Vigonza, Vigodarzere, Campodarsego
    ('matteo.marcon',    'social-worker',  'segretariato-028100'),
    ('matteo.marcon',    'social-worker',  'segretariato-028099'),
    ('matteo.marcon',    'social-worker',  'segretariato-028017'),
    -- Piombino Dese, Trebaseleghe, Loreggia
    ('irene.tonello',    'social-worker',  'segretariato-028064'),
    ('irene.tonello',    'social-worker',  'segretariato-028093'),
    ('irene.tonello',    'social-worker',  'segretariato-028046'),
    ('andrea.scapin',    'social-worker',  'ssp-dipendenze'),
    ('valentina.favaro', 'social-worker',  'ssp-immigrati'),
    ('nicola.beghin',    'social-worker',  'ssp-poverta'),
    ('michela.zampieri', 'social-worker',  'ssp-multiutenza'),
    ('paola.carraro',    'area-manager',   'ssp-dipendenze'),
    ('paola.carraro',    'area-manager',   'ssp-immigrati'),
    ('paola.carraro',    'area-manager',   'ssp-poverta'),
    ('paola.carraro',    'area-manager',   'ssp-multiutenza'),
    ('lucia.martinello', 'area-manager',   'anziani-d4'),
    ('giovanni.baggio',  'administrative', 'ssp-dipendenze'),
    ('giovanni.baggio',  'administrative', 'ssp-immigrati'),
    ('giovanni.baggio',  'administrative', 'ssp-poverta'),
    ('giovanni.baggio',  'administrative', 'ssp-multiutenza'),
    ('elisa.mason',      'administrative', 'anziani-d4')
) as v(username, role_code, unit_code)
join operator o on o.username = v.username
join organizational_unit u on u.code = v.unit_code;
