// Indexes for the GraphQL API's filters and nested lists (see docs/benchmark.md for the plans they give).

// Source.mentions: a source's quotes in text order, read straight from the index.
CREATE RANGE INDEX mention_source_start IF NOT EXISTS FOR (m:Mention) ON (m.sourceId, m.start);

// events(filter: {role}) without an actor, actors(filter: {role}).
CREATE RANGE INDEX participated_in_role IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.role);

// Event.effects: the effects of actors that carry the event's id, one index per type.
CREATE RANGE INDEX targeted_event IF NOT EXISTS FOR ()-[r:TARGETED]-() ON (r.eventId);
CREATE RANGE INDEX destroyed_event IF NOT EXISTS FOR ()-[r:DESTROYED]-() ON (r.eventId);
CREATE RANGE INDEX intercepted_event IF NOT EXISTS FOR ()-[r:INTERCEPTED]-() ON (r.eventId);
CREATE RANGE INDEX damaged_event IF NOT EXISTS FOR ()-[r:DAMAGED]-() ON (r.eventId);

// Attacks of an actor or on a target, newest first.
CREATE RANGE INDEX attacked_date IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.date);

// events(filter: {statuses, from, to}): status and date together.
CREATE RANGE INDEX event_status_date IF NOT EXISTS FOR (e:Event) ON (e.status, e.date);
