-- Demo UVMD coordinator (synthetic): the district UVMD's coordinator, who is reminded when a session is late.
-- Password Fascicolo-Demo-2026, as for every demo operator. Never load this in production.
insert into operator (username, first_name, last_name, email, password_hash)
values ('franco.pavan', 'Franco', 'Pavan', 'franco.pavan@demo.fascicolosociale.invalid',
        '$2a$10$092KmQ9IgG90eD/ICjQvaegSqWre9RNnyEGYbGD58vK8ZzBY1QKtq');

insert into role_assignment (operator_id, role_code, unit_id, valid_from)
select o.id, 'coordinator', u.id, date '2026-01-01'
from operator o join organizational_unit u on u.code = 'uvmd-d4'
where o.username = 'franco.pavan';
