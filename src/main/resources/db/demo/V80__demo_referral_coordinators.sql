-- Demo organization (synthetic): coordinators who receive referrals (invii) for the ULSS district services and
-- the ATS child protection service, so that each target of a referral has someone to accept or decline it.
insert into role_assignment (operator_id, role_code, unit_id, valid_from)
select o.id, 'coordinator', u.id, date '2026-01-01'
from (values
    ('anna.rizzo',      'consultorio-d4'),
    ('anna.rizzo',      'serd-d4'),
    ('anna.rizzo',      'csm-d4'),
    ('anna.rizzo',      'eta-evolutiva-d4'),
    ('giorgio.moretti', 'tutela-minori')
) as v(username, unit_code)
join operator o on o.username = v.username
join organizational_unit u on u.code = v.unit_code;
