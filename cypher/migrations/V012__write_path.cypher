// Merges stick: a merged-away id leads to the node that absorbed it through a Redirect
// node (bookkeeping, no Node label), found by id during resolution and lookups, and by
// its target when a later merge absorbs the survivor in turn.

CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE;
CREATE RANGE INDEX redirect_into IF NOT EXISTS FOR (r:Redirect) ON (r.into);
