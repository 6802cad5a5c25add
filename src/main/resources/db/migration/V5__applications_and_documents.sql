-- Applications submitted through the portal API, and the documents attached to them.

create table rgl_application (
    id                   varchar(36)  not null primary key,
    application_number   varchar(32)  not null,
    client_id            varchar(128) not null,
    idempotency_key      varchar(200),
    request_sha256       varchar(64)  not null,
    tenant_id            varchar(64)  not null,
    service              varchar(128) not null,
    sub_service          varchar(128) not null,
    process_key          varchar(255) not null,
    channel              varchar(16)  not null,
    applicant_id         varchar(12)  not null,
    representative_iin   varchar(12),
    process_instance_id  varchar(64),
    status               varchar(32)  not null,
    status_changed_at    timestamp with time zone not null,
    submitted_at         timestamp with time zone not null,
    result_document_id   varchar(36),
    constraint rgl_application_number unique (application_number),
    constraint rgl_application_idempotency unique (client_id, idempotency_key)
);
create index rgl_application_client on rgl_application (client_id, submitted_at);
create index rgl_application_process on rgl_application (process_instance_id);

create table rgl_document (
    id               varchar(36)  not null primary key,
    client_id        varchar(128) not null,
    application_id   varchar(36),
    kind             varchar(32)  not null,
    file_name        varchar(255) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint       not null,
    sha256           varchar(64)  not null,
    content          bytea        not null,
    uploaded_at      timestamp with time zone not null
);
create index rgl_document_application on rgl_document (application_id);
