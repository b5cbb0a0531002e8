// The audit trail (who changed what and when) and the lock that serialises writes of the
// knowledge graph. Neither AuditRecord nor WriteLock nodes carry the Node label: they are
// bookkeeping, not knowledge.

CREATE CONSTRAINT audit_record_id IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.id IS UNIQUE;
CREATE RANGE INDEX audit_record_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at);
CREATE RANGE INDEX audit_record_action IF NOT EXISTS FOR (a:AuditRecord) ON (a.action);
CREATE RANGE INDEX audit_record_actor IF NOT EXISTS FOR (a:AuditRecord) ON (a.actor);

CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;

// Derived ATTACKED edges are found by their event when a merge or retraction derives them afresh.
CREATE RANGE INDEX attacked_event IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.eventId);
