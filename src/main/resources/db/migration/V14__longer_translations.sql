-- Issue 14: an option's "what it involves" may be 20,000 characters of English, and Spanish runs longer than English:
-- the columns of V13 held 8,000. Both forms (H2 and PostgreSQL) accept SET DATA TYPE.
alter table content_translation alter column source_text set data type varchar(20000);
alter table content_translation alter column text set data type varchar(30000);
