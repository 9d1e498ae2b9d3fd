-- Demo tariffs (synthetic, loaded only with the demo data). Amounts and bands are inspired by the
-- comuni quoted in ../shared/domain/veneto.md section 5; the ATS VEN_15 tariffs after 1/1/2026 are
-- an open point (veneto.md 7.4).

insert into tariff (catalogue_item_code, valid_from, valid_to, unit_tariff, co_payment_model, exemption_threshold) values
    -- SAD: 20 euro per hour, ISEE up to 3,000 exempt; with an ISEE never more than 18 euro per hour,
    -- 20 without one (Cassano d'Adda's scheme, veneto.md 5.1).
    ('home-care-hours', date '2026-01-01', null, 20.00, 'ISEE_BANDS', 3000.00),
    -- the SAD tariff of 2025, same bands at 19 euro: the history a yearly update leaves behind
    ('home-care-hours', date '2025-01-01', date '2025-12-31', 19.00, 'ISEE_BANDS', 3000.00),
    -- meals at home: 9.30 euro for meal and delivery (Vicenza), bands after Montagnana (PD)
    ('home-meals', date '2026-01-01', null, 9.30, 'ISEE_BANDS', 3000.00),
    -- social transport: no Alta Padovana tariff was found, amount and bands are invented
    ('social-transport-trips', date '2026-01-01', null, 7.50, 'ISEE_BANDS', 5000.00),
    -- ICD: the regional monthly amounts (veneto.md 2.4), paid in full by the public body; the ISEE
    -- limits of ICDb, ICDm and ICDa decide eligibility, not a co-payment. ICDp and ICDf vary by project.
    ('icd-b', date '2026-01-01', null, 120.00, 'NONE', null),
    ('icd-m', date '2026-01-01', null, 400.00, 'NONE', null),
    ('icd-a', date '2026-01-01', null, 800.00, 'NONE', null);

-- The bands of each item's ISEE-band tariffs: the user's share of the unit tariff up to each ISEE limit.
insert into tariff_band (tariff_id, isee_up_to, user_share_percent)
select t.id, band.isee_up_to, band.user_share_percent
from tariff t
join (values
    ('home-care-hours', 6000.00, 20.00),
    ('home-care-hours', 10000.00, 40.00),
    ('home-care-hours', 15000.00, 60.00),
    ('home-care-hours', 20000.00, 75.00),
    ('home-care-hours', null, 90.00),
    ('home-meals', 6000.00, 30.00),
    ('home-meals', 12000.00, 70.00),
    ('home-meals', null, 100.00),
    ('social-transport-trips', 10000.00, 35.00),
    ('social-transport-trips', 20000.00, 60.00),
    ('social-transport-trips', null, 80.00)
) as band(item_code, isee_up_to, user_share_percent) on band.item_code = t.catalogue_item_code
where t.co_payment_model = 'ISEE_BANDS';
