-- The file names of a practice's attachments, copied onto the practice so that its history (Envers) records
-- attaching and removing a file like any other change, saying what changed. At most 20 names of at most 255
-- characters, one a line. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table practice add column attachment_names varchar(5200);
alter table practice_aud add column attachment_names varchar(5200);
alter table practice_aud add column attachment_names_mod boolean;
