// Indexes for the investigators' tools (docs/explore.md). Neighbourhoods, paths and exports
// start from nodes by id (the unique constraints of V001); the actor network selects events
// and claims by date (V002) and attacks by the date they carry, which this index serves.

CREATE RANGE INDEX attacked_date IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.date);
