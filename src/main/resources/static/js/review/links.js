// Changing which node a drafted item is: linking an entity to an existing node of the graph
// (a near match or a search hit), or giving a new entity another kind (and so another id).
// Every reference to the old id in the draft follows: claimants, what claims are about,
// who reported them, and both ends of relations.

/** The id prefix of a kind: ArmedGroup to armed-group (the validator's rule). */
export function idPrefix(kind) {
	return kind.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Replaces an id everywhere the draft refers to it, then merges relations that became one. */
export function replaceId(draft, from, to) {
	if (from === to) return;
	const swap = (id) => (id === from ? to : id);
	for (const claim of draft.claims) {
		claim.claimant = swap(claim.claimant);
		claim.about = [...new Set((claim.about || []).map(swap))];
		if (claim.reportedBy) claim.reportedBy = [...new Set(claim.reportedBy.map(swap))];
		for (const figure of Object.values(claim.figures || {})) {
			if (figure.subject) figure.subject = swap(figure.subject);
		}
	}
	const relations = new Map();
	for (const relation of draft.relations) {
		relation.from = swap(relation.from);
		relation.to = swap(relation.to);
		const key = `${relation.type} ${relation.from} ${relation.to} ${relation.key || ''}`;
		const same = relations.get(key);
		if (same) {
			// the two relations now state the same fact: keep one with the evidence of both
			same.evidence = [...(same.evidence || []), ...(relation.evidence || [])
				.filter((e) => !(same.evidence || []).some((s) => s.start === e.start && s.quote === e.quote))];
			same.accepted = same.accepted || relation.accepted;
		}
		else {
			relations.set(key, relation);
		}
	}
	draft.relations = [...relations.values()].filter((r) => r.from !== r.to);
}

/**
 * Makes a drafted entity the existing node `node` ({id, kind, name}): the entity keeps its
 * evidence (the text's words) and takes the node's id, kind and name; what the rules guessed
 * about it (description, properties, aliases, a reference) is dropped, the node has its own.
 * When the draft already has an entity for the node, the evidence joins that one.
 */
export function linkToExisting(draft, item, node) {
	const old = item.id;
	const other = draft.entities.find((entity) => entity !== item && entity.id === node.id);
	if (other) {
		other.evidence = [...(other.evidence || []), ...(item.evidence || [])];
		other.accepted = true;
		draft.entities.splice(draft.entities.indexOf(item), 1);
	}
	else {
		item.id = node.id;
		item.kind = node.kind;
		item.name = node.name;
		item.accepted = true;
		delete item.description;
		delete item.properties;
		delete item.aliases;
		delete item.reference;
		item.draft = { ...(item.draft || {}), existing: node.id, rule: `${item.draft?.rule ?? 'review'}+linked` };
	}
	replaceId(draft, old, node.id);
}

/** Gives a new entity another kind: its id takes the kind's prefix (kept unique). */
export function changeKind(draft, item, kind) {
	const old = item.id;
	const rest = old.substring(old.indexOf(':') + 1);
	let id = `${idPrefix(kind)}:${rest}`;
	for (let n = 2; draft.entities.some((e) => e !== item && e.id === id); n++) id = `${idPrefix(kind)}:${rest}-${n}`;
	item.kind = kind;
	item.id = id;
	replaceId(draft, old, id);
}
