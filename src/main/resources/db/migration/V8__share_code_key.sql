-- Share codes of version 3 carry an HMAC-SHA-256 tag under a secret that every instance shares: this one row holds
-- it (created at the first start that needs it, unless NEXTSTEPS_SHARE_CODE_SECRET gives one) and the newest release
-- at the moment this migration ran. Codes without a tag (versions 1 and 2) open only releases up to that one: any
-- made for a later release is forged.
create table share_code_key (
    id             integer      primary key,
    secret         varchar(100),
    created_at     timestamp with time zone not null,
    unsigned_up_to bigint       not null,
    constraint ck_share_code_key_one_row check (id = 1)
);

insert into share_code_key (id, secret, created_at, unsigned_up_to)
    select 1, null, current_timestamp, coalesce(max(id), 0) from content_release;
