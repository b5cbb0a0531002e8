// The view in the URL's fragment, so a link reopens what its author saw:
// #expand=a,b&show=c&remove=d&select=e&path=f~g&layout=cose&hideKinds=Claim&from=2024-01-01
// Lists are comma-separated; ids are URI-encoded, except for the ':' every id has, which a
// fragment allows as it is.

function component(text) {
	return encodeURIComponent(text).replaceAll('%3A', ':');
}

/** The view as a fragment (without '#'). */
export function encode(view) {
	const parts = [];
	const list = (name, values) => {
		if (values && values.length > 0) {
			parts.push(`${name}=${values.map(component).join(',')}`);
		}
	};
	list('expand', view.expanded);
	list('show', view.shown);
	list('remove', view.removed);
	if (view.selected) {
		parts.push(`select=${component(view.selected)}`);
	}
	if (view.path) {
		parts.push(`path=${component(view.path.from)}~${component(view.path.to)}`);
	}
	if (view.layout && view.layout !== 'cose') {
		parts.push(`layout=${component(view.layout)}`);
	}
	const filters = view.filters;
	list('hideKinds', filters.hideKinds);
	list('hideRelationships', filters.hideRelationships);
	list('hideEventTypes', filters.hideEventTypes);
	list('hideStatuses', filters.hideStatuses);
	if (filters.from) {
		parts.push(`from=${filters.from}`);
	}
	if (filters.to) {
		parts.push(`to=${filters.to}`);
	}
	return parts.join('&');
}

/** The view a fragment describes; unknown or malformed parts are ignored. */
export function decode(fragment) {
	const values = {};
	for (const part of fragment.replace(/^#/, '').split('&')) {
		const at = part.indexOf('=');
		if (at > 0) {
			values[part.slice(0, at)] = part.slice(at + 1);
		}
	}
	const list = (name) => (values[name] ? values[name].split(',').map(safeDecode).filter(Boolean) : []);
	const date = (name) => (/^\d{4}-\d{2}-\d{2}$/.test(values[name] ?? '') ? values[name] : '');
	let path = null;
	if (values.path && values.path.includes('~')) {
		const [from, to] = values.path.split('~').map(safeDecode);
		if (from && to) {
			path = { from, to };
		}
	}
	return {
		expanded: list('expand'),
		shown: list('show'),
		removed: list('remove'),
		selected: values.select ? safeDecode(values.select) : null,
		path,
		layout: values.layout ? safeDecode(values.layout) : 'cose',
		filters: {
			hideKinds: list('hideKinds'),
			hideRelationships: list('hideRelationships'),
			hideEventTypes: list('hideEventTypes'),
			hideStatuses: list('hideStatuses'),
			from: date('from'),
			to: date('to'),
		},
	};
}

function safeDecode(value) {
	try {
		return decodeURIComponent(value);
	}
	catch (error) {
		return '';
	}
}

