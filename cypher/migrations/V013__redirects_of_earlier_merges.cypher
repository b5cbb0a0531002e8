// Ids that merges absorbed before Redirect nodes existed (V012) lead to their survivor too.

MATCH (n:Node) WHERE n.mergedIds IS NOT NULL
UNWIND n.mergedIds AS mergedId
MERGE (r:Redirect {id: mergedId})
SET r.into = n.id;
