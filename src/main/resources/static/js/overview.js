// The start page: what is in the graph, where and when. Counts by kind, the latest events,
// the most connected actors, a month histogram (#timeline) and a map (#map, Leaflet with
// Natural Earth country outlines shipped in the jar: no tile server, no network).
// Brushing the timeline (drag across months) or the map (pan and zoom: the view is the
// brush) narrows the lists and, through onBrush, the graph view. Clicking a point or a
// list item opens it in the graph.

import { graphql } from './api.js';
import { kindInfo, labelOfEntityKind } from './kinds.js';

const OVERVIEW = `
query Overview {
  graphStatus { nodeCounts { name count } }
  byMonth: eventCounts(groupBy: MONTH) { key count }
  actorNetwork(orderBy: DEGREE, first: 8) { actors { degree actor { id label kinds } } }
}`;

// The map shows every event and place: the API serves at most 100 a page, so the overview
// pages through them with the cursor.
const PAGE = 100;

const EVENT_PAGE = `
query OverviewEvents($first: Int, $after: String) {
  events(first: $first, after: $after, sort: DATE_DESC) {
    pageInfo { hasNextPage endCursor }
    nodes { id title date type status places { place { id name location { latitude longitude } } } }
  }
}`;

const PLACE_PAGE = `
query OverviewPlaces($first: Int, $after: String) {
  places(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name kind location { latitude longitude } }
  }
}`;

/** Every node of a connection, page after page. */
async function everything(query, field, what) {
	const nodes = [];
	let after = null;
	for (;;) {
		const page = (await graphql(query, { first: PAGE, after }, what))[field];
		nodes.push(...page.nodes);
		if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) {
			return nodes;
		}
		after = page.pageInfo.endCursor;
	}
}

const COUNTED = ['Actor', 'Place', 'Asset', 'Event', 'Claim', 'Source'];

const escape = (text) => String(text ?? '').replace(/[&<>"']/g,
	(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Where an event is: the first of its places with a location. */
function pointOf(event) {
	const place = event.places.map((o) => o.place).find((p) => p.location);
	return place ? [place.location.latitude, place.location.longitude] : null;
}

export function createOverview(container, { open, onBrush }) {
	const state = { events: [], months: [], brush: { from: null, to: null }, bounds: null, map: null, markers: new Map() };
	container.innerHTML = `
		<div class="overview-head">
			<h2>Overview</h2>
			<ul class="overview-counts" aria-label="Counts by kind"></ul>
			<button type="button" class="link-button overview-reset" hidden>Clear the brush</button>
			<button type="button" class="link-button overview-toggle" aria-expanded="true">Hide</button>
		</div>
		<div class="overview-body">
			<div id="map" class="overview-map" role="region" aria-label="Map of places and events" data-ready="false"></div>
			<div class="overview-side">
				<figure class="overview-timeline">
					<figcaption>Events by month <span class="muted">(drag across months to brush)</span></figcaption>
					<div id="timeline" role="img" aria-label="Events by month" data-ready="false"></div>
				</figure>
				<div class="overview-lists">
					<section><h3>Latest events</h3><ol class="overview-events" data-count="0"></ol></section>
					<section><h3>Most connected actors</h3><ol class="overview-actors"></ol></section>
				</div>
			</div>
		</div>`;
	const $ = (selector) => container.querySelector(selector);
	$('.overview-toggle').addEventListener('click', () => {
		const hidden = container.classList.toggle('collapsed');
		$('.overview-toggle').textContent = hidden ? 'Show' : 'Hide';
		$('.overview-toggle').setAttribute('aria-expanded', String(!hidden));
		state.map?.invalidateSize();
	});
	$('.overview-reset').addEventListener('click', () => {
		state.brush = { from: null, to: null };
		if (state.map && state.world) {
			state.map.fitBounds(state.world, { animate: false });
		}
		state.bounds = null;
		changed();
	});

	const visible = (event) => {
		if (state.brush.from && event.date.slice(0, 7) < state.brush.from) {
			return false;
		}
		if (state.brush.to && event.date.slice(0, 7) > state.brush.to) {
			return false;
		}
		if (state.bounds) {
			const point = pointOf(event);
			return point !== null && state.bounds.contains(point);
		}
		return true;
	};

	function changed() {
		const kept = state.events.filter(visible);
		renderEvents(kept);
		renderTimeline();
		for (const [id, marker] of state.markers) {
			const event = state.events.find((e) => e.id === id);
			if (event) {
				const inside = visible(event);
				marker.setStyle({ opacity: inside ? 1 : 0.25, fillOpacity: inside ? 0.85 : 0.1 });
			}
		}
		const brushed = Boolean(state.brush.from || state.brush.to || state.bounds);
		$('.overview-reset').hidden = !brushed;
		container.dataset.brushed = String(brushed);
		onBrush({
			from: state.brush.from ? `${state.brush.from}-01` : '',
			to: state.brush.to ? lastDay(state.brush.to) : '',
			eventIds: state.bounds ? kept.map((e) => e.id) : null,
		});
	}

	function renderEvents(events) {
		const list = $('.overview-events');
		list.dataset.count = String(events.length);
		list.innerHTML = events.slice(0, 12).map((e) => `
			<li><button type="button" class="link-button" data-id="${escape(e.id)}">${escape(e.title)}</button>
				<span class="muted">${escape(e.date)} · ${escape(e.type)}</span></li>`).join('')
			|| '<li class="muted">No events in the brushed range.</li>';
	}

	function renderTimeline() {
		const box = $('#timeline');
		const months = state.months;
		if (months.length === 0) {
			box.innerHTML = '<p class="muted">No dated events.</p>';
			return;
		}
		const max = Math.max(...months.map((m) => m.count));
		const width = 100 / months.length;
		const inBrush = (key) => (!state.brush.from || key >= state.brush.from) && (!state.brush.to || key <= state.brush.to);
		box.innerHTML = `<svg viewBox="0 0 100 44" preserveAspectRatio="none" aria-hidden="true">${months.map((m, i) => {
			const h = Math.max(1.5, (m.count / max) * 38);
			return `<rect class="bar${inBrush(m.key) ? ' in' : ''}" data-month="${m.key}" x="${i * width + width * 0.1}"
				y="${40 - h}" width="${width * 0.8}" height="${h}"><title>${m.key}: ${m.count}</title></rect>`;
		}).join('')}</svg>
			<div class="timeline-axis"><span>${months[0].key}</span><span>${months[months.length - 1].key}</span></div>
			<ol class="visually-hidden">${months.map((m) => `<li data-month="${m.key}">${m.key}: ${m.count}</li>`).join('')}</ol>`;
		box.dataset.months = String(months.length);
		box.dataset.ready = 'true';
	}

	// Brushing the timeline: press on a month, drag, release.
	let dragStart = null;
	const monthAt = (event) => {
		const svg = $('#timeline svg');
		if (!svg) {
			return null;
		}
		const rect = svg.getBoundingClientRect();
		const index = Math.floor(((event.clientX - rect.left) / rect.width) * state.months.length);
		return state.months[Math.max(0, Math.min(state.months.length - 1, index))]?.key ?? null;
	};
	$('#timeline').addEventListener('pointerdown', (event) => {
		dragStart = monthAt(event);
		event.preventDefault();
	});
	window.addEventListener('pointerup', (event) => {
		if (dragStart === null) {
			return;
		}
		const end = monthAt(event) ?? dragStart;
		state.brush = dragStart <= end ? { from: dragStart, to: end } : { from: end, to: dragStart };
		dragStart = null;
		changed();
	});

	container.addEventListener('click', (event) => {
		const target = event.target.closest('[data-id]');
		if (target) {
			open(target.dataset.id);
		}
	});

	async function createMap(places, events) {
		const map = L.map($('#map'), { attributionControl: true, zoomSnap: 0.25 });
		state.map = map;
		const points = [...places.filter((p) => p.location).map((p) => [p.location.latitude, p.location.longitude]),
			...events.map(pointOf).filter(Boolean)];
		state.world = points.length ? L.latLngBounds(points).pad(0.15) : L.latLngBounds([[35, -10], [70, 60]]);
		// The view first: Leaflet cannot draw vector layers on a map without one.
		map.fitBounds(state.world, { animate: false });
		map.attributionControl.setPrefix(false);
		map.attributionControl.addAttribution('Outlines: Natural Earth (public domain)');
		const world = await (await fetch('vendor/world-atlas/countries-50m.json')).json();
		const countries = topojson.feature(world, world.objects.countries);
		L.geoJSON(countries, {
			style: { color: '#90a4ae', weight: 0.7, fillColor: '#eceff1', fillOpacity: 1 },
			interactive: false,
		}).addTo(map);
		for (const place of places.filter((p) => p.location)) {
			const colour = kindInfo(labelOfEntityKind(place.kind)).colour;
			L.circleMarker([place.location.latitude, place.location.longitude], {
				radius: 4, color: colour, weight: 1, fillColor: '#fff', fillOpacity: 1,
			}).bindTooltip(escape(place.name)).on('click', () => open(place.id)).addTo(map);
		}
		for (const event of events) {
			const point = pointOf(event);
			if (!point) {
				continue;
			}
			const marker = L.circleMarker(point, {
				radius: 6, color: '#b26a00', weight: 1, fillColor: kindInfo('Event').colour, fillOpacity: 0.85,
			}).bindTooltip(`${escape(event.title)}<br>${escape(event.date)}`).on('click', () => open(event.id)).addTo(map);
			marker.getElement()?.setAttribute('data-id', event.id);
			state.markers.set(event.id, marker);
		}
		// Only a person's pan or zoom is a brush, not a resize of the page.
		let byPerson = false;
		for (const type of ['pointerdown', 'wheel', 'keydown']) {
			$('#map').addEventListener(type, () => {
				byPerson = true;
			}, { passive: true });
		}
		map.on('moveend', () => {
			if (byPerson) {
				byPerson = false;
				state.bounds = map.getBounds();
				changed();
			}
		});
		$('#map').dataset.ready = 'true';
		$('#map').dataset.markers = String(state.markers.size);
		$('#map').dataset.places = String(places.filter((p) => p.location).length);
	}

	async function load() {
		const [data, events, places] = await Promise.all([
			graphql(OVERVIEW, {}, 'Loading the overview'),
			everything(EVENT_PAGE, 'events', 'Loading the events'),
			everything(PLACE_PAGE, 'places', 'Loading the places'),
		]);
		const counts = new Map(data.graphStatus.nodeCounts.map((c) => [c.name, c.count]));
		$('.overview-counts').innerHTML = COUNTED.filter((k) => counts.has(k)).map((k) => `
			<li data-kind="${k}"><span class="swatch" style="background:${kindInfo(k === 'Actor' ? 'ArmedGroup' : k === 'Place' ? 'Region' : k === 'Asset' ? 'Aircraft' : k).colour}"></span>
				<strong>${counts.get(k)}</strong> ${k.toLowerCase()}${counts.get(k) === 1 ? '' : 's'}</li>`).join('');
		state.months = [...data.byMonth].filter((m) => m.key).sort((a, b) => a.key.localeCompare(b.key));
		state.events = events;
		renderEvents(state.events);
		renderTimeline();
		$('.overview-actors').innerHTML = data.actorNetwork.actors.map((a) => `
			<li><button type="button" class="link-button" data-id="${escape(a.actor.id)}">${escape(a.actor.label)}</button>
				<span class="muted">${a.degree} linked actors</span></li>`).join('');
		container.dataset.ready = 'true';
		await createMap(places, state.events);
	}

	return {
		load,
		/** For tests: brush the months from..to (YYYY-MM). */
		brushMonths(from, to) {
			state.brush = { from, to };
			changed();
		},
		invalidate: () => state.map?.invalidateSize(),
		/** For tests and the console: the Leaflet map. */
		map: () => state.map,
		/** Brushes the map as a pan and zoom by a person would. */
		brushMap(latitude, longitude, zoom) {
			state.map.setView([latitude, longitude], zoom, { animate: false });
			state.bounds = state.map.getBounds();
			changed();
		},
		/** Folds the overview to its header line (the graph gets the room). */
		collapse() {
			if (!container.classList.contains('collapsed')) {
				$('.overview-toggle').click();
			}
		},
	};
}

function lastDay(month) {
	const [year, m] = month.split('-').map(Number);
	return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
