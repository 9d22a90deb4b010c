-- Issue 18: revoked rights end at once, and sign-in cannot be raced or abused.

-- Every staff request compares its session with this time: a session that signed in before it (it saw an older
-- value) is ended. Switching an account off, changing its role or its password set it to now, so the account's
-- other sessions end on every instance. The lookup goes by username (unique, so indexed).
alter table staff_user add column sessions_valid_after timestamp with time zone default current_timestamp not null;
