-- Published releases are insert-only: the database itself refuses to change or remove one, whatever the code does.
create function content_release_insert_only() returns trigger language plpgsql as $$
begin
    raise exception '% refused: content_release is insert-only (a published release never changes)', tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger content_release_insert_only before update or delete on content_release
    for each row execute function content_release_insert_only();

create trigger content_release_no_truncate before truncate on content_release
    for each statement execute function content_release_insert_only();
