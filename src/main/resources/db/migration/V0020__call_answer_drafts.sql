-- An answer to a call may be started and kept as a draft (status DRAFT) before it is sent: it has no submission
-- time until then. Those who started a draft are reminded once, shortly before the deadline (reminded_at).
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

alter table call_answer add column started_at timestamp with time zone;
update call_answer set started_at = submitted_at;
alter table call_answer alter column started_at set not null;
alter table call_answer alter column submitted_at drop not null;
alter table call_answer add column reminded_at timestamp with time zone;
create index call_answer_status_idx on call_answer (status);
