// The GraphQL documents the explorer sends. Only the service's public API is used.

const GRAPH_NODE = 'id kinds label properties';
const GRAPH_EDGE = `id type source target properties
	evidence { mentionId quote start end sourceId sourceTitle publisher published url }`;

export const SEARCH = `query Suggest($text: String!) {
	search(text: $text, first: 8, prefix: true) {
		score
		entity { id name kind aliases }
	}
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $limit: Int) {
	neighborhood(id: $id, depth: 1, limit: $limit) {
		truncated
		truncatedNodeIds
		nodes { ${GRAPH_NODE} }
		edges { ${GRAPH_EDGE} }
	}
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!) {
	paths(fromId: $from, toId: $to, maxHops: 6, limit: 10) {
		length
		truncated
		paths {
			length
			nodes { ${GRAPH_NODE} }
			edges { ${GRAPH_EDGE} }
			steps { forward from { id label } to { id label } edge { id type } }
		}
	}
}`;

const MENTION = 'id quote start end source { id kind title publisher published url }';

const CLAIM_ITEM = `id claimKind: kind stance statement date
	claimant { id name kind }
	contradictions { claim { id } }
	about { id name kind ... on Event { status } }
	evidence(first: 10) { ${MENTION} }`;

export const DETAILS = `query Details($id: ID!) {
	node(id: $id) {
		id
		__typename
		... on Entity {
			name
			kind
			aliases
			evidence(first: 10) { ${MENTION} }
			references { note source { id title url kind } }
		}
		... on Actor {
			description country
			claims(first: 10) { ${CLAIM_ITEM} }
			claimsAbout(first: 10) { ${CLAIM_ITEM} }
		}
		... on Place {
			description countryCode adminLevel locationPrecision
			location { latitude longitude }
			claimsAbout(first: 10) { ${CLAIM_ITEM} }
		}
		... on Asset {
			description model quantity
			claimsAbout(first: 10) { ${CLAIM_ITEM} }
		}
		... on Event {
			eventDate: date datePrecision type subType status summary
			participants { role actor { id name kind } }
			places { precision place { id name kind } }
			claims { ${CLAIM_ITEM} }
		}
		... on Claim {
			${CLAIM_ITEM}
			reportedBy { id name kind }
			figures { killed injured hospitalized rescued destroyed intercepted damaged affected }
			contradictions { basis claim { id statement stance claimant { id name kind } } }
		}
		... on Mention { quote start end source { id title publisher published url } }
	}
}`;

export const SOURCE_TEXT = `query SourceText($id: ID!) {
	source(id: $id) { id kind title publisher published url language text }
}`;

/** One request for the contested state of many claims, with an alias per claim. */
export function claimStates(count) {
	const variables = Array.from({ length: count }, (_, i) => `$c${i}: ID!`).join(', ');
	const fields = Array.from({ length: count }, (_, i) =>
		`c${i}: claim(id: $c${i}) { id stance statement claimant { id name } contradictions { claim { id } } about { id ... on Event { status } } }`)
		.join('\n\t');
	return `query ClaimStates(${variables}) {\n\t${fields}\n}`;
}
