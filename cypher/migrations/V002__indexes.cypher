// Lookup paths: full-text search over names and aliases, entity resolution by normalised name,
// filters on events and claims, places by location, relationships by their stable id.

CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Actor|Place|Asset|Event) ON EACH [n.name, n.aliasText, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS
FOR (n:Actor|Place|Asset|Event) ON EACH [n.nameKeyText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };

CREATE RANGE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE RANGE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type, e.subType);
CREATE RANGE INDEX event_sub_type IF NOT EXISTS FOR (e:Event) ON (e.subType);
CREATE RANGE INDEX event_status IF NOT EXISTS FOR (e:Event) ON (e.status);
CREATE RANGE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind);
CREATE RANGE INDEX claim_stance IF NOT EXISTS FOR (c:Claim) ON (c.stance);
CREATE RANGE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);
CREATE RANGE INDEX mention_source IF NOT EXISTS FOR (m:Mention) ON (m.sourceId);
CREATE RANGE INDEX source_published IF NOT EXISTS FOR (s:Source) ON (s.published);
CREATE RANGE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE RANGE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country);
CREATE RANGE INDEX place_name IF NOT EXISTS FOR (p:Place) ON (p.name);
CREATE RANGE INDEX place_country IF NOT EXISTS FOR (p:Place) ON (p.countryCode);
CREATE RANGE INDEX asset_name IF NOT EXISTS FOR (a:Asset) ON (a.name);
CREATE POINT INDEX place_location IF NOT EXISTS FOR (p:Place) ON (p.location);

CREATE CONSTRAINT rel_claimed_by_id IF NOT EXISTS FOR ()-[r:CLAIMED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_reported_by_id IF NOT EXISTS FOR ()-[r:REPORTED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_about_id IF NOT EXISTS FOR ()-[r:ABOUT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_contradicts_id IF NOT EXISTS FOR ()-[r:CONTRADICTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_evidenced_by_id IF NOT EXISTS FOR ()-[r:EVIDENCED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_in_source_id IF NOT EXISTS FOR ()-[r:IN_SOURCE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_published_by_id IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_referenced_in_id IF NOT EXISTS FOR ()-[r:REFERENCED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_occurred_in_id IF NOT EXISTS FOR ()-[r:OCCURRED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_involved_id IF NOT EXISTS FOR ()-[r:INVOLVED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_attacked_id IF NOT EXISTS FOR ()-[r:ATTACKED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_targeted_id IF NOT EXISTS FOR ()-[r:TARGETED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_destroyed_id IF NOT EXISTS FOR ()-[r:DESTROYED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_intercepted_id IF NOT EXISTS FOR ()-[r:INTERCEPTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_damaged_id IF NOT EXISTS FOR ()-[r:DAMAGED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_blamed_id IF NOT EXISTS FOR ()-[r:BLAMED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_possibly_same_as_id IF NOT EXISTS FOR ()-[r:POSSIBLY_SAME_AS]-() REQUIRE r.id IS UNIQUE;
