-- Who an operator is at an OIDC provider (SPID/CIE through a proxy, a regional identity provider): the
-- provider as configured (registration id) and the value of the configured claim, the subject or the codice
-- fiscale. The provider is part of the key, so that the same subject at two providers is never one person.
-- Operators are never created from a provider: an administrator links an existing one.
create table operator_external_identity (
    registration_id varchar(100) not null,
    external_id     varchar(255) not null,
    operator_id     bigint       not null references operator (id) on delete cascade,
    primary key (registration_id, external_id)
);
create index operator_external_identity_operator on operator_external_identity (operator_id);
