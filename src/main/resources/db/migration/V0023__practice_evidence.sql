-- Evidence of practices (DD032): five texts along EUCPN's quality criteria, written by the author, and an evidence
-- level set by a reviewer (a lead of a sharing group, the secretariat), both part of the history.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table practice add column evidence_problem varchar(20000);
alter table practice add column evidence_logic varchar(20000);
alter table practice add column evidence_design varchar(20000);
alter table practice add column evidence_outcomes varchar(20000);
alter table practice add column evidence_transferability varchar(20000);
alter table practice add column evidence_level varchar(40);

alter table practice_aud add column evidence_problem varchar(20000);
alter table practice_aud add column evidence_problem_mod boolean;
alter table practice_aud add column evidence_logic varchar(20000);
alter table practice_aud add column evidence_logic_mod boolean;
alter table practice_aud add column evidence_design varchar(20000);
alter table practice_aud add column evidence_design_mod boolean;
alter table practice_aud add column evidence_outcomes varchar(20000);
alter table practice_aud add column evidence_outcomes_mod boolean;
alter table practice_aud add column evidence_transferability varchar(20000);
alter table practice_aud add column evidence_transferability_mod boolean;
alter table practice_aud add column evidence_level varchar(40);
alter table practice_aud add column evidence_level_mod boolean;
