// Filters on what is in view. They hide elements in the browser (nothing is refetched), and
// they are the same selection the server-side exports receive.

import { CLAIM_STATUSES, EVENT_STATUSES, EVENT_TYPES, KINDS, RELATIONSHIP_TYPES } from './kinds.js';

export function noFilters() {
	return { hideKinds: [], hideRelationships: [], hideEventTypes: [], hideStatuses: [], from: '', to: '' };
}

export function isActive(filters) {
	return filters.hideKinds.length + filters.hideRelationships.length + filters.hideEventTypes.length
		+ filters.hideStatuses.length > 0 || Boolean(filters.from) || Boolean(filters.to) || Array.isArray(filters.eventIds);
}

function outsideDates(filters, date) {
	if (!date) {
		return false;
	}
	return (filters.from && date < filters.from) || (filters.to && date > filters.to);
}

/** Whether a node (its Cytoscape data) passes the filters. */
export function acceptsNode(filters, data) {
	if (filters.hideKinds.includes(data.kind)) {
		return false;
	}
	if (data.base === 'Event') {
		if (filters.hideEventTypes.includes(data.type) || filters.hideStatuses.includes(data.status)) {
			return false;
		}
		// The map's brush: only the events in the map's view.
		if (Array.isArray(filters.eventIds) && !filters.eventIds.includes(data.id)) {
			return false;
		}
	}
	if (data.base === 'Claim') {
		if (filters.hideStatuses.includes(data.stance)) {
			return false;
		}
		if (data.contested !== undefined
				&& filters.hideStatuses.includes(data.contested ? 'CONTESTED' : 'UNCONTESTED')) {
			return false;
		}
	}
	if ((data.base === 'Event' || data.base === 'Claim') && outsideDates(filters, data.date)) {
		return false;
	}
	return true;
}

/**
 * Whether an edge (its Cytoscape data) passes the filters; `eventType(id)` gives the type of an
 * event in view, so that derived attacks follow the event type filter.
 */
export function acceptsEdge(filters, data, eventType) {
	if (filters.hideRelationships.includes(data.type)) {
		return false;
	}
	if (data.status && filters.hideStatuses.includes(data.status)) {
		return false;
	}
	if (data.eventId && filters.hideEventTypes.length > 0) {
		const type = eventType(data.eventId);
		if (type && filters.hideEventTypes.includes(type)) {
			return false;
		}
	}
	return !outsideDates(filters, data.date);
}

/**
 * Builds the filter form in `container` and calls `onChange(filters)` on every change.
 * Returns `set(filters)` to show filters that came from elsewhere (the URL).
 */
export function buildFilterForm(container, onChange) {
	container.innerHTML = `
		<details class="filter-group" open>
			<summary>Kinds <span class="hint">(legend)</span></summary>
			<div class="kind-list" data-list="kinds"></div>
		</details>
		<details class="filter-group">
			<summary>Relationships</summary>
			<div class="check-list" data-list="relationships"></div>
		</details>
		<details class="filter-group">
			<summary>Event types</summary>
			<div class="check-list" data-list="eventTypes"></div>
		</details>
		<details class="filter-group">
			<summary>Status</summary>
			<div class="check-list" data-list="statuses"></div>
		</details>
		<details class="filter-group" open>
			<summary>Dates</summary>
			<div class="dates">
				<label>From <input type="text" id="filter-from" name="from" inputmode="numeric" placeholder="YYYY-MM-DD"
					pattern="\\d{4}-\\d{2}-\\d{2}" maxlength="10" size="10" title="An ISO date, e.g. 2024-03-12"></label>
				<label>To <input type="text" id="filter-to" name="to" inputmode="numeric" placeholder="YYYY-MM-DD"
					pattern="\\d{4}-\\d{2}-\\d{2}" maxlength="10" size="10" title="An ISO date, e.g. 2024-03-12"></label>
			</div>
		</details>
		<button type="button" id="filter-reset" class="link-button">Show everything</button>`;
	const kinds = container.querySelector('[data-list="kinds"]');
	let base = null;
	for (const info of KINDS.filter((k) => !k.provenance)) {
		if (info.base !== base) {
			base = info.base;
			if (KINDS.filter((k) => k.base === base).length > 1) {
				kinds.insertAdjacentHTML('beforeend', `<div class="kind-base">${base}s</div>`);
			}
		}
		kinds.insertAdjacentHTML('beforeend', `
			<label class="kind" title="${info.label}">
				<input type="checkbox" name="kind" value="${info.kind}" checked>
				<span class="swatch shape-${info.base.toLowerCase()}" style="background:${info.colour}">${info.glyph}</span>
				<span class="kind-name">${info.label}</span>
				<span class="count" data-count-kind="${info.kind}"></span>
			</label>`);
	}
	const checks = (list, name, items) => {
		const target = container.querySelector(`[data-list="${list}"]`);
		for (const item of items) {
			const value = item.value ?? item;
			const label = item.label ?? readable(item);
			target.insertAdjacentHTML('beforeend',
				`<label><input type="checkbox" name="${name}" value="${value}" checked> ${label}</label>`);
		}
	};
	checks('relationships', 'relationship', RELATIONSHIP_TYPES);
	checks('eventTypes', 'eventType', EVENT_TYPES.map((type) => ({ value: type, label: type })));
	container.querySelector('[data-list="statuses"]').insertAdjacentHTML('beforeend', '<div class="kind-base">Events and attacks</div>');
	checks('statuses', 'status', EVENT_STATUSES);
	container.querySelector('[data-list="statuses"]').insertAdjacentHTML('beforeend', '<div class="kind-base">Claims</div>');
	checks('statuses', 'status', CLAIM_STATUSES);

	const read = () => {
		const unchecked = (name) => [...container.querySelectorAll(`input[name="${name}"]`)]
			.filter((input) => !input.checked).map((input) => input.value);
		return {
			hideKinds: unchecked('kind'),
			hideRelationships: unchecked('relationship'),
			hideEventTypes: unchecked('eventType'),
			hideStatuses: unchecked('status'),
			from: isoDate(container.querySelector('#filter-from').value),
			to: isoDate(container.querySelector('#filter-to').value),
		};
	};
	const set = (filters) => {
		const apply = (name, hidden) => {
			for (const input of container.querySelectorAll(`input[name="${name}"]`)) {
				input.checked = !hidden.includes(input.value);
			}
		};
		apply('kind', filters.hideKinds);
		apply('relationship', filters.hideRelationships);
		apply('eventType', filters.hideEventTypes);
		apply('status', filters.hideStatuses);
		container.querySelector('#filter-from').value = filters.from;
		container.querySelector('#filter-to').value = filters.to;
	};
	container.addEventListener('change', () => onChange(read()));
	container.querySelector('#filter-reset').addEventListener('click', () => {
		set(noFilters());
		onChange(read());
	});
	return { set, read };
}

function readable(constant) {
	const text = constant.toLowerCase().replaceAll('_', ' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An ISO date (YYYY-MM-DD) as typed, or '' while it is incomplete or not a real day. */
function isoDate(text) {
	const value = text.trim();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		return '';
	}
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : '';
}
