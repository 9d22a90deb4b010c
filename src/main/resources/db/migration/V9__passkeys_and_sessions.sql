-- Issue 16: passkeys as every staff account's second factor, and staff sessions every instance shares.
-- One script for H2 and PostgreSQL: both accept bytea (H2 2.4 reads it as a binary string).

-- Passkeys, as Spring Security's JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository
-- read and write them (their schema files, with bytea). A user entity is the WebAuthn "user" of one account:
-- name is the account's username, id the random user handle the passkeys carry.
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    primary key (id)
);

create unique index user_entities_name_ux on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

create index user_credentials_user_ix on user_credentials (user_entity_user_id);

-- Staff sessions (Spring Session JDBC 4.1, its PostgreSQL schema; its H2 schema differs only in LONGVARBINARY).
-- Patient pages never create one.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
