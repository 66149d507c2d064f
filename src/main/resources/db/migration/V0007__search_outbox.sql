-- Hibernate Search 8 outbox-polling coordination (DD011): index changes are written to hsearch_outbox_event in
-- the same transaction as the data, then applied to the index by a background processor; hsearch_agent lists
-- the processors (and a running mass indexer) so that they share the work. The definitions are those Hibernate
-- Search maps (entity names HSEARCH_OUTBOX_EVENT / HSEARCH_AGENT, uuid ids, enums as strings); Hibernate Search
-- creates no schema itself, ddl-auto=validate checks them. Column names
-- are Spring Boot's physical naming (camelCase to snake_case) of Hibernate Search's attribute names.
create table hsearch_outbox_event (
    id uuid not null primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    payload bytea not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255)
);
create index hsearch_outbox_event_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id uuid not null primary key,
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count integer,
    assigned_shard_index integer,
    payload bytea,
    tenant_id varchar(255)
);
