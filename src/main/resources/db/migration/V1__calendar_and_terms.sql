-- The service's own tables, beside Camunda's ACT_* schema. Prefix rgl_ keeps them apart.

-- Days an administrator made working or non-working at run time, over the shipped holiday data.
create table rgl_calendar_correction (
    id            varchar(36)  not null primary key,
    calendar_date date         not null,
    working       boolean      not null,
    reason        varchar(500) not null,
    corrected_by  varchar(128) not null,
    corrected_at  timestamp with time zone not null
);
create index rgl_calendar_correction_day on rgl_calendar_correction (calendar_date);

-- Every user task that carries a regulated term: when it was due and when it was done.
create table rgl_regulated_step (
    task_id                varchar(64)  not null primary key,
    tenant_id              varchar(64),
    process_instance_id    varchar(64)  not null,
    business_key           varchar(255),
    process_definition_key varchar(255) not null,
    process_definition_id  varchar(64)  not null,
    step_id                varchar(255) not null,
    step_name              varchar(255),
    step_reference         varchar(64),
    term                   varchar(64)  not null,
    candidate_groups       varchar(1000),
    assignee               varchar(255),
    created_at             timestamp with time zone not null,
    due_at                 timestamp with time zone not null,
    completed_at           timestamp with time zone,
    breached_at            timestamp with time zone
);
create index rgl_regulated_step_open on rgl_regulated_step (completed_at, due_at);
create index rgl_regulated_step_report on rgl_regulated_step (tenant_id, created_at);

-- A term that passed: the step stays open, the breach is recorded here and escalated to the tenant's head.
create table rgl_term_breach (
    id                     varchar(36)  not null primary key,
    breach_key             varchar(200) not null,
    tenant_id              varchar(64),
    process_instance_id    varchar(64)  not null,
    business_key           varchar(255),
    process_definition_key varchar(255) not null,
    step_id                varchar(255) not null,
    step_name              varchar(255),
    step_reference         varchar(64),
    term                   varchar(64)  not null,
    candidate_groups       varchar(1000),
    assignee               varchar(255),
    task_id                varchar(64),
    due_at                 timestamp with time zone not null,
    breached_at            timestamp with time zone not null,
    escalation_task_id     varchar(64),
    constraint rgl_term_breach_once unique (breach_key)
);
create index rgl_term_breach_report on rgl_term_breach (tenant_id, breached_at);
