-- Published releases are insert-only: the database itself refuses to change or remove one, whatever the code does.
-- The trigger class is part of the application (org.nextsteps.release.h2.InsertOnlyTrigger).
create trigger content_release_insert_only before update, delete on content_release for each row
    call 'org.nextsteps.release.h2.InsertOnlyTrigger';
