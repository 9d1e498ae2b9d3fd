-- The TOTP second factor of the demo operators whose role requires one (coordinator, DPO, system
-- administrator): all share one published demo secret, printed in README.md, so that a person trying the
-- demo can add it to an authenticator app. Never load this in production.
insert into operator_second_factor (operator_id, totp_secret, enrolled_at)
select distinct o.id, 'FASCICOLOSOCIALEDEMOSECRETTOTP22', timestamptz '2026-01-01 00:00:00+01'
from operator o
join role_assignment r on r.operator_id = o.id
where r.role_code in ('coordinator', 'dpo', 'system-admin');
