-- The mail server's role on a PEC Admin store on PostgreSQL (docs/DOVECOT.md). Run once, in the
-- store's database, as the role that owns the store (pecadmin), after PEC Admin has created it.
-- Dovecot reads the users (dovecot_users) and reports their usage (dovecot_quota), nothing
-- else: a trigger of the store, which runs as its owner, copies the usage into the mailbox.
CREATE ROLE mailserver LOGIN PASSWORD 'CHANGE-ME';
GRANT SELECT ON dovecot_users TO mailserver;
GRANT SELECT, INSERT, UPDATE ON dovecot_quota TO mailserver;
