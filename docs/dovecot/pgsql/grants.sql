-- The mail server's role on a PEC Admin store on PostgreSQL (docs/DOVECOT.md). Run once, in the
-- store's database, as the role that owns the store (pecadmin), after PEC Admin has created it.
-- Dovecot reads the users (dovecot_users) and reports their usage (dovecot_quota), nothing
-- else: a trigger of the store, which runs as its owner, copies the usage into the mailbox.
-- The purge (pecadmin-cli mailserver purge, as this role) opens the store (schema_version),
-- reads the deleted mailboxes and removes each entry once its mail is gone, and records the
-- time of its run (mail_server). The soft-quota alarm records its time through one function.
CREATE ROLE mailserver LOGIN PASSWORD 'CHANGE-ME';
GRANT SELECT ON dovecot_users TO mailserver;
GRANT SELECT, INSERT, UPDATE ON dovecot_quota TO mailserver;
GRANT SELECT ON schema_version TO mailserver;
GRANT SELECT, DELETE ON deleted_mailboxes TO mailserver;
GRANT SELECT, INSERT, UPDATE ON mail_server TO mailserver;
GRANT EXECUTE ON FUNCTION soft_quota_alarm_sent(TEXT) TO mailserver;
