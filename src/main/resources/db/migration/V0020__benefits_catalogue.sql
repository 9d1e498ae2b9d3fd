-- Benefits: the service catalogue (nomenclatore locale) and its tariffs.
-- benefit_code holds the SIUSS benefit codes (Tabella 1 of DM 206/2014, sections A1-A3 and Z9.99);
-- catalogue_item is what the ATS grants, each mapped to one Tabella 1 code, the ISTAT survey and a unit;
-- tariff and tariff_band are the dated tariff tables the Giunta updates, with the ISEE co-payment bands.

-- Tabella 1, DM 206/2014 (the Casellario dell'assistenza, now SIUSS). The official table is
-- https://servizi2.inps.it/docallegati/DatiEBilanci/Casellario-assistenza/Documents/Tabella_1.pdf
-- It could not be read from here. The Italian titles below are taken verbatim (capital letters included)
-- from the list that OpenMSP (github.com/lsantalu/OpenMSP, OpenMSP/inps.py) sends to INPS as
-- PrestazioneDaErogare of the ISEE consultation service: a secondary source, consistent with the English
-- paraphrases of ../shared/data/siuss_tabella1_codes.csv. Check them against the PDF before relying on them.
create table benefit_code (
    code     varchar(10)  primary key check (code ~ '^[A-Z][0-9]\.[0-9]{2}(\.[0-9]{2})?$'),
    section  varchar(2)   not null check (section in ('A1', 'A2', 'A3', 'Z9')),
    title_it varchar(200) not null check (length(trim(title_it)) > 0),
    check (section = substr(code, 1, 2))
);

insert into benefit_code (code, section, title_it) values
    ('A1.01', 'A1', 'Assegno per il nucleo familiare erogati dai comuni'),
    ('A1.02', 'A1', 'Assegno Maternità erogato dai Comuni'),
    ('A1.03', 'A1', 'Carta acquisti'),
    ('A1.04', 'A1', 'Contributi economici a integrazione del reddito Familiare'),
    -- A1.04.03 and A1.05.01 were added by INPS message 1244/2022 and are missing from the source above:
    -- both titles are our own Italian wording of the CSV paraphrase, NOT VERIFIED against INPS.
    ('A1.04.03', 'A1', 'Misure delle Province autonome analoghe al reddito minimo'),
    ('A1.05', 'A1', 'Contributi economici per alloggio'),
    ('A1.05.01', 'A1', 'Contributi per il sostegno all''accesso alle abitazioni in locazione (Fondo L. 431/1998)'),
    ('A1.06', 'A1', 'Buoni spesa o buoni pasto'),
    ('A1.07', 'A1', 'Contributi e integrazioni a rette per asili nido'),
    ('A1.08', 'A1', 'Contributi e integrazioni a rette per servizi integrativi o innovativi per la prima infanzia'),
    ('A1.09', 'A1', 'Contributi economici per i servizi scolastici'),
    ('A1.10', 'A1', 'Contributi economici per cure o prestazioni sociali a rilevanza sanitaria'),
    ('A1.11', 'A1', 'Assegnazioni economiche per il sostegno della domiciliarità e dell''autonomia personale'),
    ('A1.12', 'A1', 'Contributi e integrazioni a rette per accesso a centri Diurni'),
    ('A1.13', 'A1', 'Contributi e integrazioni a rette per accesso ai servizi semi-residenziali'),
    ('A1.14', 'A1', 'Contributi e integrazioni a rette per accesso a servizi Residenziali'),
    ('A1.15', 'A1', 'Contributi per servizi alla persona'),
    ('A1.16', 'A1', 'Contributi economici per servizio trasporto e mobilità'),
    ('A1.17', 'A1', 'Contributi economici erogati a titolo di prestito/prestiti d''onore'),
    ('A1.18', 'A1', 'Contributi economici per l''inserimento lavorativo'),
    ('A1.19', 'A1', 'Borse di studio'),
    ('A1.20', 'A1', 'Buono vacanze'),
    ('A2.01', 'A2', 'Mensa sociale'),
    ('A2.02', 'A2', 'Sostegno socio-educativo territoriale o domiciliare'),
    ('A2.03', 'A2', 'Prestazioni del diritto allo studio universitario'),
    ('A2.04', 'A2', 'Agevolazioni per tasse universitarie'),
    ('A2.05', 'A2', 'Agevolazioni per i servizi di pubblica utilità (telefono, luce, gas)'),
    ('A2.06', 'A2', 'Agevolazioni tributarie comunali (nettezza urbana, ecc.)'),
    ('A2.07', 'A2', 'Assistenza domiciliare socio-assistenziale'),
    ('A2.08', 'A2', 'A.D.I.- Assistenza domiciliare integrata con servizi Sanitari'),
    ('A2.09', 'A2', 'Supporto all''inserimento lavorativo'),
    ('A2.10', 'A2', 'Servizi integrativi per la prima infanzia'),
    ('A2.11', 'A2', 'Sostegno socio-educativo scolastico'),
    ('A2.12', 'A2', 'Mensa scolastica'),
    ('A3.01', 'A3', 'Strutture semiresidenziali'),
    ('A3.02', 'A3', 'Strutture residenziali'),
    ('A3.03', 'A3', 'Asilo Nido'),
    ('Z9.99', 'Z9', 'Altro');

-- The local catalogue. user_area_code is empty when an item serves several areas (SAD serves the
-- elderly and the disabled alike); the area of each benefit then comes from the case.
-- istat_service_code is the service of the ISTAT survey "Interventi e servizi sociali dei comuni"
-- (I.Stat SERVSOC, CATEGORY_OF_SERVICE), filled only where the code is known; macro_type is the
-- survey's split of spending into interventions and services, facilities and cash transfers.
create table catalogue_item (
    code               varchar(60)  primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name_it            varchar(200) not null check (length(trim(name_it)) > 0),
    user_area_code     varchar(30)  references user_area,
    unit_of_measure    varchar(20)  not null check (unit_of_measure in
                           ('HOUR', 'MEAL', 'TRIP', 'DAY', 'MONTH', 'EURO', 'ACCESS', 'CONNECTION_MONTH')),
    benefit_code       varchar(10)  not null references benefit_code,
    istat_service_code varchar(20)  check (istat_service_code ~ '^[A-Z_]+$'),
    macro_type         varchar(30)  not null check (macro_type in ('INTERVENTION_SERVICE', 'FACILITY', 'CASH_TRANSFER')),
    active             boolean      not null default true,
    version            bigint       not null default 0
);
create index catalogue_item_area on catalogue_item (user_area_code);

-- Starter set for Veneto (../shared/domain/veneto.md sections 2.4, 2.5 and 5.1).
-- ISTAT codes used: HOMECARE "assistenza domiciliare socio-assistenziale", REMASS "telesoccorso e
-- teleassistenza", HEALTHV "voucher, assegno di cura, buono socio-sanitario", DAYC "centro diurno".
insert into catalogue_item (code, name_it, user_area_code, unit_of_measure, benefit_code, istat_service_code, macro_type) values
    ('home-care-hours', 'Assistenza domiciliare (SAD) - ore', null, 'HOUR', 'A2.07', 'HOMECARE', 'INTERVENTION_SERVICE'),
    -- Doubtful: Tabella 1 has no meals-at-home code. A2.07 because comuni deliver meals as part of the
    -- home care service and the ISTAT survey counts meal delivery under home care; A2.01 (social canteen)
    -- is the alternative if the ente runs it as a canteen. The ISTAT code of meal delivery is not known.
    ('home-meals', 'Pasti a domicilio', null, 'MEAL', 'A2.07', null, 'INTERVENTION_SERVICE'),
    -- Doubtful: A1.16 is a cash contribution for transport, while trasporto sociale is a service
    -- (volunteers or a cooperative drive the person), and section A2 has no transport code: Z9.99.
    ('social-transport-trips', 'Trasporto sociale - viaggi', null, 'TRIP', 'Z9.99', null, 'INTERVENTION_SERVICE'),
    ('ordinary-economic-contribution', 'Contributo economico ordinario', null, 'EURO', 'A1.04', null, 'CASH_TRANSFER'),
    -- An extraordinary contribution meets a one-off need; when it pays the rent, code the benefit A1.05.
    ('extraordinary-economic-contribution', 'Contributo economico straordinario', null, 'EURO', 'A1.04', null, 'CASH_TRANSFER'),
    -- The comune pays the part of the quota alberghiera the person cannot pay, straight to the centro di
    -- servizi: a transfer in the ISTAT survey ("integrazioni a rette"), A1.14 in Tabella 1. Elderly and
    -- disabled residents alike, hence no area.
    ('care-home-fee-supplement', 'Integrazione retta in struttura residenziale (RSA / centro servizi)', null, 'EURO', 'A1.14', null, 'CASH_TRANSFER'),
    ('disability-day-centre-days', 'Centro diurno per persone con disabilità (CEOD) - giornate di presenza', 'disability', 'DAY', 'A3.01', 'DAYC', 'FACILITY'),
    -- Doubtful: the monthly contribution to the foster family does not depend on its income, so it is
    -- not A1.04; A1.15 (contributions for personal services) is the closest, Z9.99 the fallback.
    ('foster-care-monthly-contribution', 'Affido familiare - contributo mensile alla famiglia affidataria', 'family-minors', 'MONTH', 'A1.15', null, 'CASH_TRANSFER'),
    ('home-education-hours', 'Educativa domiciliare - ore', 'family-minors', 'HOUR', 'A2.02', null, 'INTERVENTION_SERVICE'),
    -- Doubtful: Tabella 1 has no telecare code and telesoccorso is not personal care (A2.07): Z9.99.
    -- Since 1/4/2018 the ULSS district activates it (veneto.md 2.5), so the record may be the ULSS's.
    ('telecare-connection-months', 'Telesoccorso e telecontrollo - mesi di collegamento', null, 'CONNECTION_MONTH', 'Z9.99', 'REMASS', 'INTERVENTION_SERVICE'),
    -- Impegnativa di cura domiciliare (DGR 1338/2013 and later): a monthly regional allowance for care
    -- at home, A1.11. ICDb and ICDm are requested at the comune; ICDa, ICDp and ICDf at the ULSS district.
    -- ICD SLA, ICDb PLUS, ICDmgs, ICD autismo and ICD sollievo are not in the starter set.
    ('icd-b', 'ICDb - Impegnativa di cura domiciliare per basso bisogno assistenziale', null, 'MONTH', 'A1.11', 'HEALTHV', 'CASH_TRANSFER'),
    ('icd-m', 'ICDm - Impegnativa di cura domiciliare per medio bisogno assistenziale (demenza con gravi disturbi del comportamento)', null, 'MONTH', 'A1.11', 'HEALTHV', 'CASH_TRANSFER'),
    ('icd-a', 'ICDa - Impegnativa di cura domiciliare per alto bisogno assistenziale sanitario', null, 'MONTH', 'A1.11', 'HEALTHV', 'CASH_TRANSFER'),
    ('icd-p', 'ICDp - Impegnativa di cura domiciliare per grave disabilità psichica e intellettiva', 'disability', 'MONTH', 'A1.11', 'HEALTHV', 'CASH_TRANSFER'),
    ('icd-f', 'ICDf - Impegnativa di cura domiciliare per grave disabilità fisico-motoria', 'disability', 'MONTH', 'A1.11', 'HEALTHV', 'CASH_TRANSFER');

-- A tariff in force for a period: the cost of one unit and how the user shares it.
-- ISEE_BANDS: ISEE up to exemption_threshold pays nothing, then each band (up to isee_up_to, the last
-- one open) pays its percentage, and no ISEE pays the full tariff (processes/copayment.dmn decides).
-- NONE: the user pays nothing (free services, cash transfers); unit_tariff is then what the body pays.
-- The periods of one item's tariffs never overlap.
create table tariff (
    id                  bigint generated by default as identity primary key,
    catalogue_item_code varchar(60)   not null references catalogue_item,
    valid_from          date          not null,
    valid_to            date,
    unit_tariff         numeric(10,2) not null check (unit_tariff >= 0),
    co_payment_model    varchar(20)   not null check (co_payment_model in ('ISEE_BANDS', 'NONE')),
    exemption_threshold numeric(10,2) check (exemption_threshold >= 0),
    version             bigint        not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    check ((co_payment_model = 'ISEE_BANDS') = (exemption_threshold is not null)),
    constraint tariff_no_overlap exclude using gist (
        catalogue_item_code with =,
        daterange(valid_from, valid_to, '[]') with &&)
);

create table tariff_band (
    tariff_id          bigint        not null references tariff on delete cascade,
    isee_up_to         numeric(10,2) check (isee_up_to >= 0),
    user_share_percent numeric(5,2)  not null check (user_share_percent between 0 and 100),
    unique (tariff_id, isee_up_to)
);
-- one open last band per tariff
create unique index tariff_band_one_open on tariff_band (tariff_id) where isee_up_to is null;
