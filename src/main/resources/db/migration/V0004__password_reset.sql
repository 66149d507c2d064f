-- Invitation links and password-reset links are the same thing: a one-time, expiring link that
-- sets a password. One table, with the purpose of each link.
alter table invitation rename to one_time_link;
alter table one_time_link add column purpose varchar(20) default 'INVITATION' not null;
create index one_time_link_person_purpose_idx on one_time_link (person_id, purpose);
