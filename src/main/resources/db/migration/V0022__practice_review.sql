-- Review before publication (issue 19, DD031): a working group may require that publications are reviewed by its
-- leads; a practice published to it is SUBMITTED (status) until a reviewer approves it, or back to DRAFT with the
-- reviewer's comment when they ask for changes. Not part of a practice's history (the audit log has every step).
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table working_group add column reviews_publications boolean default false not null;
alter table practice add column submitted_at timestamp with time zone;
alter table practice add column review_comment varchar(500);
create index practice_submitted_idx on practice (status, submitted_at);
