-- The embedded registries: what the external systems would answer, kept in the service's own database so that the
-- service runs with no network. In remote mode these tables stay empty. Numbers are IIN/BIN, 12 digits.

-- ЖТ МДҚ: individuals.
create table rgl_person (
    iin         varchar(12)  not null primary key,
    surname     varchar(200) not null,
    first_name  varchar(200) not null,
    patronymic  varchar(200),
    birth_date  date         not null,
    status      varchar(20)  not null,
    address     varchar(500)
);

-- ЗТ МДҚ: legal entities, their branches and representative offices.
create table rgl_legal_entity (
    bin               varchar(12)  not null primary key,
    name_kk           varchar(500),
    name_ru           varchar(500) not null,
    registration_date date         not null,
    status            varchar(20)  not null,
    address           varchar(500),
    head_iin          varchar(12),
    head_full_name    varchar(600)
);

-- БНАЖ: notarised powers of attorney. services is a comma-separated list of process keys, or * for any service.
create table rgl_power_of_attorney (
    id                 varchar(36)   not null primary key,
    number             varchar(64)   not null,
    principal_id       varchar(12)   not null,
    representative_iin varchar(12)   not null,
    issued_on          date          not null,
    valid_until        date          not null,
    revoked_on         date,
    services           varchar(1000) not null,
    constraint rgl_power_of_attorney_number unique (number)
);
create index rgl_power_of_attorney_parties on rgl_power_of_attorney (principal_id, representative_iin);

-- ЭҮТШ: payments towards applications, in tenge.
create table rgl_payment (
    reference          varchar(64)    not null primary key,
    application_number varchar(64)    not null,
    payer_id           varchar(12)    not null,
    amount             decimal(15, 2) not null,
    paid_at            timestamp with time zone not null
);
create index rgl_payment_application on rgl_payment (application_number);

-- E-licensing: licences, one row per licence; subtypes one per line.
create table rgl_licence (
    number        varchar(40)   not null primary key,
    holder_id     varchar(12)   not null,
    activity_type varchar(100)  not null,
    subtypes      varchar(4000) not null,
    tenant_id     varchar(64)   not null,
    status        varchar(20)   not null,
    issued_on     date          not null,
    supersedes    varchar(40)
);
create index rgl_licence_holder on rgl_licence (holder_id);

-- What happened to each licence, and which case did it. A case records each kind of event once, so a retried job
-- records nothing twice.
create table rgl_licence_event (
    id             varchar(36) not null primary key,
    licence_number varchar(40) not null,
    event_type     varchar(30) not null,
    event_date     date        not null,
    case_reference varchar(64),
    recorded_at    timestamp with time zone not null,
    constraint rgl_licence_event_once unique (case_reference, event_type)
);
create index rgl_licence_event_licence on rgl_licence_event (licence_number);

-- The last licence number given per tenant and year.
create table rgl_licence_number (
    tenant_id   varchar(64) not null,
    issue_year  integer     not null,
    last_number integer     not null,
    primary key (tenant_id, issue_year)
);
