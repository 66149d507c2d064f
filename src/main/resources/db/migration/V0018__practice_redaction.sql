-- Redaction of practices (DD029): the audit log says what an action touched beyond its target, e.g. which field of
-- a practice was redacted and in how many stored revisions, never the removed text itself.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table audit_entry add column detail varchar(200);
