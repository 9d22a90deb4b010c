-- Clinical safety (2026-12-01): each option carries named guidelines' positions and outcome numbers (JSON arrays),
-- and the safety net every result carries lives with the other short texts.
alter table content_option add column guidance varchar(8000) default '[]' not null;
alter table content_option add column outcomes varchar(8000) default '[]' not null;
alter table content_option add column outcomes_note varchar(2000) default '' not null;

-- A safety-net line is a content_text of kind 'safety': its level (emergency or today) and whether every result
-- shows it, or only those whose answers a rule matched.
alter table content_text add column level varchar(20);
alter table content_text add column shown_always boolean default false not null;
