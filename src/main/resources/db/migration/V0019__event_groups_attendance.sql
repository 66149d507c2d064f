-- An event may belong to several working groups (a joint session of two groups): event_group lists all of them,
-- its organising group (event.group_id) included. And who attended, recorded by the organisers after the start.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table event_group (
    event_id bigint not null references event (id),
    group_id bigint not null references working_group (id),
    primary key (event_id, group_id)
);
-- the calendar of one group, and "the events of my groups"
create index event_group_group_idx on event_group (group_id);

insert into event_group (event_id, group_id)
select id, group_id from event where group_id is not null;

alter table event_registration add column attended boolean default false not null;
