-- Demo approval rules (synthetic). By default the responsabile d'area (area-manager) of the unit in
-- charge approves benefits with a determinazione (art. 107 TUEL). The Comune di Cittadella, which keeps
-- poverty and adult hardship with its own social services, has its Giunta decide: the social worker
-- records the delibera (as some Veneto comuni do, veneto.md 4.3).
insert into benefit_approval_rule (managing_body_id, approver_role_code, act_type, valid_from) values
    (null, 'area-manager', 'decision', date '2025-01-01');

insert into benefit_approval_rule (managing_body_id, approver_role_code, act_type, valid_from)
select mb.id, 'social-worker', 'board-resolution', date '2026-01-01'
from managing_body mb join municipality m on mb.municipality_id = m.id
where m.istat_code = '028032';
