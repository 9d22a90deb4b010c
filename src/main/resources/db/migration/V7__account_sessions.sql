-- Issue 18: revoked rights end at once, and sign-in cannot be raced or abused.

-- Every staff request compares its session with this time: a session that signed in before it (it saw an older
-- value) is ended. Switching an account off, changing its role or its password set it to now, so the account's
-- other sessions end on every instance. The lookup goes by username (unique, so indexed).
alter table staff_user add column sessions_valid_after timestamp with time zone default current_timestamp not null;

-- Sign-in back-off, counted in the database so that it holds across instances. One row per thing that is
-- counted: 'user:<name>' (a username as typed, known or not), 'source:<address>' (a client address; IPv6 by /64)
-- and 'pair:<name>|<address>' (a username from one address; trusted_until marks an address the account signed
-- in from). failures counts wrong passwords; it is raised before the password is checked and taken back after a
-- successful sign-in. blocked_until is the back-off after too many failures.
create table sign_in_backoff (
    backoff_key   varchar(200) primary key,
    username      varchar(100),
    failures      integer not null,
    last_failure  timestamp with time zone,
    blocked_until timestamp with time zone,
    trusted_until timestamp with time zone
);

create index ix_sign_in_backoff_username on sign_in_backoff (username);

-- The site-wide rate of password checks (one row). Every change to sign_in_backoff first locks this row
-- (select ... for update), so sign-in bookkeeping is serialised across threads and instances on H2 and
-- PostgreSQL alike: no duplicate keys, no lost counts, no deadlocks.
create table sign_in_rate (
    id           integer primary key,
    window_start timestamp with time zone not null,
    attempts     integer not null
);

insert into sign_in_rate (id, window_start, attempts) values (1, current_timestamp, 0);

-- login_failure and login_lock (V3) are no longer used. They stay for now, so that instances of the previous
-- version keep working during a rolling upgrade; a later migration drops them.
