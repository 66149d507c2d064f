-- One discussion thread per practice: the service creates it on the first reply, and two first
-- replies at the same moment must not create two threads. The loser of that race gets a unique
-- violation and takes the winner's thread. Several nulls (group threads) are allowed.
drop index discussion_thread_practice_idx;
create unique index discussion_thread_practice_uk on discussion_thread (practice_id);
