// The service's GraphQL API (POST /graphql): every request is counted, so the page can show
// that it is busy, and every failure becomes an ApiError with a message a person can read.

const endpoint = new URL('graphql', document.baseURI);
const listeners = new Set();
let pending = 0;

/** A request that failed: `message` says what went wrong in plain words. */
export class ApiError extends Error {
	constructor(message, { classification = null, status = null } = {}) {
		super(message);
		this.name = 'ApiError';
		this.classification = classification;
		this.status = status;
	}
}

/** Calls `listener(pendingRequests)` whenever a request starts or ends. */
export function onActivity(listener) {
	listeners.add(listener);
}

function changed(delta) {
	pending += delta;
	for (const listener of listeners) {
		listener(pending);
	}
}

/** Counts any promise as a request (exports and source texts too). */
export async function tracked(promise) {
	changed(1);
	try {
		return await promise;
	}
	finally {
		changed(-1);
	}
}

/**
 * Runs a GraphQL document and returns its `data`.
 * @param {string} what what the request is for, used in the error message ("Searching")
 */
export function graphql(query, variables = {}, what = 'Loading') {
	return tracked(run(query, variables, what));
}

async function run(query, variables, what) {
	let response;
	try {
		response = await fetch(endpoint, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
			body: JSON.stringify({ query, variables }),
		});
	}
	catch (error) {
		throw new ApiError(`${what} failed: the service cannot be reached (${error.message}).`);
	}
	let body = null;
	try {
		body = await response.json();
	}
	catch (error) {
		// Not JSON: fall through to the status below.
	}
	if (body && Array.isArray(body.errors) && body.errors.length > 0) {
		const first = body.errors[0];
		const classification = first.extensions?.classification ?? null;
		throw new ApiError(`${what} failed: ${first.message}`, { classification, status: response.status });
	}
	if (!response.ok || !body || !body.data) {
		throw new ApiError(`${what} failed: the service answered ${response.status} ${response.statusText}`.trim() + '.',
				{ status: response.status });
	}
	return body.data;
}

/** Fetches a file of the service (an export) as text, with the same busy and error handling. */
export function fetchText(url, what = 'Exporting') {
	return tracked((async () => {
		let response;
		try {
			response = await fetch(url);
		}
		catch (error) {
			throw new ApiError(`${what} failed: the service cannot be reached (${error.message}).`);
		}
		const text = await response.text();
		if (!response.ok) {
			let detail = '';
			try {
				detail = JSON.parse(text).detail ?? '';
			}
			catch (error) {
				// Not a problem document.
			}
			throw new ApiError(`${what} failed: ${detail || `the service answered ${response.status}`}`, { status: response.status });
		}
		return text;
	})());
}
