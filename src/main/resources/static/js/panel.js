// The side panel: what is known about the selected node or relationship, the claims with
// their claimant and stance, and the evidence. A quote opens the source with the quoted
// words highlighted in the full text.

import { graphql } from './api.js';
import { kindInfo, labelOfEntityKind } from './kinds.js';
import { DETAILS, SOURCE_TEXT } from './queries.js';
import { escapeHtml } from './search.js';

const sources = new Map();

/**
 * @param panel the side panel element
 * @param viewer the evidence viewer element
 * @param actions what the panel's buttons do: open(id), show(id), toggleExpand(id), remove(id), pathFrom(id),
 *        pathTo(id), highlightPath(index), error(e); and what it asks: isExpanded(id), nodeInView(id), kindOf(id)
 */
const DOUBLE_MARKS = /["“”„«»]/g;

/**
 * A quote in quotation marks, never doubled: as it is when it is one quotation in its own
 * marks (“Ukrainian terrorist formations”), in single marks when it contains double ones
 * (‘… had been “thwarted.”’), in double marks otherwise.
 */
function quoted(quote) {
	const text = quote ?? '';
	const marks = text.match(DOUBLE_MARKS) ?? [];
	if (marks.length === 2 && /^["“„«]/.test(text) && /["”“»]$/.test(text)) {
		return escapeHtml(text);
	}
	return marks.length > 0 ? `‘${escapeHtml(text)}’` : `“${escapeHtml(text)}”`;
}

const TIMELINE = `query Timeline($actor: ID, $place: ID) {
  timeline(actor: $actor, place: $place, first: 100) { totalCount nodes { date roles event { id title } } }
}`;

export function createPanel(panel, viewer, actions) {
	const body = panel.querySelector('.panel-body');
	const title = panel.querySelector('.panel-title');
	let evidence = [];
	let showing = null;
	let sequence = 0;

	const open = () => {
		panel.hidden = false;
		document.body.classList.add('panel-open');
	};
	const close = () => {
		panel.hidden = true;
		showing = null;
		panel.dataset.showing = '';
		document.body.classList.remove('panel-open');
	};

	const quoteButtons = (items) => {
		if (!items || items.length === 0) {
			return '<p class="muted">No quote.</p>';
		}
		return '<ul class="quotes">' + items.map((item) => {
			const index = evidence.push(normaliseEvidence(item)) - 1;
			const ev = evidence[index];
			return `<li><button type="button" class="quote" data-evidence="${index}" title="Show the quote in its source">`
				+ `${quoted(ev.quote)}</button>`
				+ `<span class="quote-source">${escapeHtml(ev.source.publisher ?? '')}${ev.source.published ? ', ' + escapeHtml(ev.source.published) : ''}</span></li>`;
		}).join('') + '</ul>';
	};

	const entityLink = (entity) => {
		if (!entity) {
			return '<span class="muted">unknown</span>';
		}
		const info = kindInfo(entity.kind ? labelOfEntityKind(entity.kind) : actions.kindOf(entity.id));
		return `<button type="button" class="entity-link" data-open="${escapeHtml(entity.id)}" title="${escapeHtml(entity.id)}">`
			+ `<span class="swatch mini shape-${info.base.toLowerCase()}" style="background:${info.colour}">${info.glyph}</span>`
			+ `${escapeHtml(entity.name ?? entity.statement ?? entity.id)}</button>`;
	};

	const isContested = (claim) => claim.contradictions?.length > 0
		|| claim.about?.some((about) => about.status === 'DISPUTED');

	const claimItem = (claim) => {
		const contested = isContested(claim);
		return `<li class="claim" data-claim="${escapeHtml(claim.id)}">
			<div class="claim-head">
				<span class="stance stance-${claim.stance.toLowerCase()}">${claim.stance === 'DENIES' ? 'denies' : 'asserts'}</span>
				${contested ? '<span class="badge contested" title="Contradicted by another claim, or about a disputed event">contested</span>' : ''}
				<span class="claimant">${entityLink(claim.claimant)}</span>
				${claim.date ? `<span class="date">${escapeHtml(claim.date)}</span>` : ''}
			</div>
			<button type="button" class="claim-statement" data-open="${escapeHtml(claim.id)}">${escapeHtml(claim.statement)}</button>
			${quoteButtons(claim.evidence)}
		</li>`;
	};

	const claimList = (heading, claims) => {
		if (!claims || claims.length === 0) {
			return '';
		}
		return `<section><h3>${heading} <span class="count">${claims.length}</span></h3><ul class="claims">${claims.map(claimItem).join('')}</ul></section>`;
	};

	const property = (name, value) => (value === null || value === undefined || value === ''
		? '' : `<dt>${name}</dt><dd>${value}</dd>`);

	const actionsBar = (id, inView, type) => {
		const expanded = actions.isExpanded(id);
		return `<div class="panel-actions">
			${type === 'Actor' || type === 'Place' ? '<button type="button" data-action="timeline" title="Its events, oldest first">Timeline</button>' : ''}
			${inView ? `<button type="button" data-action="expand">${expanded ? 'Collapse' : 'Expand'}</button>
			<button type="button" data-action="remove">Remove from view</button>` : `<button type="button" data-action="show">Show in graph</button>`}
			<button type="button" data-action="path-from" title="Find paths starting here">Path from here</button>
			<button type="button" data-action="path-to" title="Find paths ending here">Path to here</button>
		</div>`;
	};

	async function showNode(id) {
		const mine = ++sequence;
		showing = { node: id };
		panel.dataset.showing = id;
		evidence = [];
		open();
		title.textContent = 'Loading…';
		body.innerHTML = '<p class="muted">Loading…</p>';
		let node;
		try {
			node = (await graphql(DETAILS, { id }, 'Loading the details')).node;
		}
		catch (error) {
			if (mine === sequence) {
				body.innerHTML = `<p class="error-text">${escapeHtml(error.message)}</p>`;
				title.textContent = id;
				actions.error(error);
			}
			return;
		}
		if (mine !== sequence) {
			return;
		}
		render(node);
	}

	function render(node) {
		const type = node.__typename;
		panel.dataset.type = type;
		const kindLabel = type === 'Claim' ? 'Claim' : type === 'Mention' ? 'Mention' : labelOfEntityKind(node.kind);
		const info = kindInfo(kindLabel);
		title.innerHTML = `<span class="swatch shape-${info.base.toLowerCase()}" style="background:${info.colour}">${info.glyph}</span> `
			+ escapeHtml(node.name ?? (type === 'Claim' ? `Claim: ${node.claimKind}` : node.id));
		let html = `<p class="kind-line">${escapeHtml(info.label)} · <code>${escapeHtml(node.id)}</code></p>`;
		html += actionsBar(node.id, actions.nodeInView(node.id), type);
		html += '<section class="panel-timeline" id="panel-timeline" hidden></section>';
		if (type === 'Claim') {
			html += `<section class="claim-detail">
				<p class="statement">${escapeHtml(node.statement)}</p>
				<dl>
					<dt>Claimant</dt><dd>${entityLink(node.claimant)}</dd>
					<dt>Stance</dt><dd><span class="stance stance-${node.stance.toLowerCase()}">${node.stance === 'DENIES' ? 'denies' : 'asserts'}</span>
						${isContested(node) ? '<span class="badge contested" title="Contradicted by another claim, or about a disputed event">contested</span>' : ''}</dd>
					${property('Kind', escapeHtml(node.claimKind))}
					${property('Date', escapeHtml(node.date))}
					${property('Reported by', node.reportedBy.map(entityLink).join(' '))}
					${property('Figures', figures(node.figures))}
					${property('About', node.about.map(entityLink).join(' '))}
				</dl>
			</section>`;
			if (node.contradictions.length > 0) {
				html += `<section><h3>Contradicted by</h3><ul class="claims">${node.contradictions.map((c) => `<li class="claim">
					<div class="claim-head"><span class="stance stance-${c.claim.stance.toLowerCase()}">${c.claim.stance.toLowerCase()}</span>
					<span class="claimant">${entityLink(c.claim.claimant)}</span></div>
					<button type="button" class="claim-statement" data-open="${escapeHtml(c.claim.id)}">${escapeHtml(c.claim.statement)}</button>
					${c.basis ? `<p class="muted">${escapeHtml(c.basis)}</p>` : ''}</li>`).join('')}</ul></section>`;
			}
			html += `<section><h3>Evidence</h3>${quoteButtons(node.evidence)}</section>`;
		}
		else if (type === 'Mention') {
			html += `<section><h3>Quote</h3>${quoteButtons([node])}</section>`;
		}
		else {
			html += '<dl>';
			if (node.aliases?.length) {
				html += property('Also', escapeHtml(node.aliases.join(', ')));
			}
			if (type === 'Event') {
				html += property('Date', escapeHtml(node.eventDate) + (node.datePrecision !== 'DAY' ? ` (${node.datePrecision.toLowerCase()})` : ''));
				html += property('Type', escapeHtml(node.type) + (node.subType ? ` · ${escapeHtml(node.subType)}` : ''));
				html += property('Status', `<span class="status status-${node.status.toLowerCase()}">${node.status.toLowerCase()}</span>`);
				html += property('Where', node.places.map((p) => `${escapeHtml(p.precision ?? '')} ${entityLink(p.place)}`).join(' '));
				html += property('Who', node.participants.map((p) => `${entityLink(p.actor)} <span class="role">${p.role.toLowerCase()}</span>`).join('<br>'));
			}
			html += property('Description', escapeHtml(node.description ?? node.summary));
			html += property('Country', escapeHtml(node.country ?? node.countryCode));
			html += property('Model', escapeHtml(node.model));
			html += property('Quantity', node.quantity);
			if (node.location) {
				html += property('Location', `${node.location.latitude.toFixed(4)}, ${node.location.longitude.toFixed(4)}`
					+ (node.locationPrecision ? ` <span class="muted">(${escapeHtml(node.locationPrecision)})</span>` : ''));
			}
			html += '</dl>';
			if (type === 'Event') {
				html += claimList('Claims about it', node.claims);
			}
			if (type === 'Actor') {
				html += claimList('Claims it made', node.claims);
			}
			html += claimList('Claims about it', node.claimsAbout);
			html += `<section><h3>Evidence</h3>${quoteButtons(node.evidence)}</section>`;
			if (node.references?.length) {
				html += `<section><h3>References</h3><ul class="references">${node.references.map((r) =>
					`<li>${escapeHtml(r.source.title ?? r.source.id)}${r.note ? ` — <span class="muted">${escapeHtml(r.note)}</span>` : ''}</li>`).join('')}</ul></section>`;
			}
		}
		body.innerHTML = html;
		panel.dataset.loaded = node.id;
	}

	function showEdge(edge, nodeLabel) {
		++sequence;
		showing = { edge: edge.id };
		panel.dataset.showing = edge.id;
		evidence = [];
		open();
		title.textContent = edge.type;
		const props = Object.entries(edge.properties ?? {})
			.filter(([name]) => !['mentionIds', 'sourceIds', 'referenceIds'].includes(name))
			.map(([name, value]) => property(escapeHtml(name), escapeHtml(Array.isArray(value) ? value.join(', ') : String(value))))
			.join('');
		body.innerHTML = `<p class="kind-line">Relationship · <code>${escapeHtml(edge.id)}</code></p>
			<p class="edge-ends">${entityLink({ id: edge.source, name: nodeLabel(edge.source), kind: null })}
			<span class="arrow">→ ${escapeHtml(edge.type)} →</span>
			${entityLink({ id: edge.target, name: nodeLabel(edge.target), kind: null })}</p>
			${edge.properties?.derived ? '<p class="note">Derived by the pipeline from an event: its evidence is that of the event’s participants and effects.</p>' : ''}
			${edge.properties?.inferred ? '<p class="note">An inference, not a reported fact.</p>' : ''}
			<dl>${props}</dl>
			${edge.properties?.eventId ? `<p>${entityLink({ id: edge.properties.eventId, name: nodeLabel(edge.properties.eventId), kind: 'EVENT' })}</p>` : ''}
			<section><h3>Evidence</h3>${quoteButtons(edge.evidence)}</section>`;
		panel.dataset.loaded = edge.id;
	}

	function showPaths(result, from, to, nodeLabel) {
		++sequence;
		showing = { paths: true };
		panel.dataset.showing = 'paths';
		evidence = [];
		open();
		title.textContent = 'Paths';
		if (result.paths.length === 0) {
			body.innerHTML = `<p>No path of at most 6 steps between ${escapeHtml(nodeLabel(from))} and ${escapeHtml(nodeLabel(to))}.</p>`;
			return;
		}
		let html = `<p>${result.paths.length}${result.truncated ? '+' : ''} shortest path${result.paths.length === 1 ? '' : 's'} of ${result.length} step${result.length === 1 ? '' : 's'}
			from ${entityLink({ id: from, name: nodeLabel(from) })} to ${entityLink({ id: to, name: nodeLabel(to) })}. Click a path to highlight it alone.</p><ol class="paths">`;
		result.paths.forEach((path, index) => {
			html += `<li><button type="button" class="path-pick" data-path="${index}">Path ${index + 1}</button><ol class="steps">`;
			path.steps.forEach((step, i) => {
				const edge = path.edges[i];
				html += `<li>${entityLink({ id: step.from.id, name: step.from.label })}
					<span class="arrow">${step.forward ? '—' : '←'} ${escapeHtml(step.edge.type)} ${step.forward ? '→' : '—'}</span>
					${entityLink({ id: step.to.id, name: step.to.label })}
					${quoteButtons(edge.evidence.slice(0, 2))}</li>`;
			});
			html += '</ol></li>';
		});
		body.innerHTML = html + '</ol>';
	}

	async function openEvidence(item) {
		viewer.hidden = false;
		document.body.classList.add('viewer-open');
		const header = viewer.querySelector('.viewer-source');
		const text = viewer.querySelector('.viewer-text');
		header.innerHTML = sourceHeader(item.source);
		text.textContent = 'Loading the source…';
		viewer.dataset.mention = item.mentionId ?? '';
		viewer.dataset.ready = 'false';
		let source = sources.get(item.source.id);
		if (!source) {
			try {
				source = (await graphql(SOURCE_TEXT, { id: item.source.id }, 'Loading the source')).source;
				sources.set(source.id, source);
			}
			catch (error) {
				text.innerHTML = `<p class="error-text">${escapeHtml(error.message)}</p>`;
				actions.error(error);
				return;
			}
		}
		header.innerHTML = sourceHeader(source);
		text.innerHTML = '';
		const full = source.text ?? '';
		// Offsets are Java String indices (UTF-16 code units), which are JavaScript's too.
		const fits = item.start !== null && item.end !== null && full.substring(item.start, item.end) === item.quote;
		const start = fits ? item.start : full.indexOf(item.quote);
		if (!full || start < 0) {
			text.innerHTML = `<p class="muted">The source's text is not stored; the quote is:</p><blockquote>${escapeHtml(item.quote)}</blockquote>`;
		}
		else {
			const end = start + item.quote.length;
			const mark = document.createElement('mark');
			mark.textContent = full.substring(start, end);
			mark.dataset.start = String(start);
			mark.dataset.end = String(end);
			text.append(full.substring(0, start), mark, full.substring(end));
			mark.scrollIntoView({ block: 'center' });
		}
		viewer.dataset.ready = 'true';
		viewer.querySelector('.viewer-close').focus({ preventScroll: true });
	}

	function closeViewer() {
		viewer.hidden = true;
		document.body.classList.remove('viewer-open');
	}

	panel.addEventListener('click', (event) => {
		const quote = event.target.closest('[data-evidence]');
		if (quote) {
			openEvidence(evidence[Number(quote.dataset.evidence)]);
			return;
		}
		const link = event.target.closest('[data-open]');
		if (link) {
			actions.open(link.dataset.open);
			return;
		}
		const pick = event.target.closest('[data-path]');
		if (pick) {
			actions.highlightPath(Number(pick.dataset.path));
			return;
		}
		const button = event.target.closest('[data-action]');
		if (button && showing?.node) {
			const id = showing.node;
			switch (button.dataset.action) {
				case 'expand': actions.toggleExpand(id); break;
				case 'remove': actions.remove(id); break;
				case 'show': actions.show(id); break;
				case 'path-from': actions.pathFrom(id); break;
				case 'path-to': actions.pathTo(id); break;
				case 'timeline': showTimeline(id, button.closest('.panel-body')).catch(actions.error); break;
			}
		}
	});
	/** An actor's or a place's events, oldest first, in the panel. */
	async function showTimeline(id, container) {
		const section = container.querySelector('#panel-timeline');
		const isPlace = panel.dataset.type === 'Place';
		const data = await graphql(TIMELINE, isPlace ? { place: id } : { actor: id }, 'Loading the timeline');
		const entries = data.timeline.nodes;
		section.innerHTML = `<h3>Timeline <span class="muted">(${data.timeline.totalCount} events)</span></h3><ol class="timeline-list">${
			entries.map((entry) => `<li><time>${escapeHtml(entry.date)}</time>
				<button type="button" class="entity-link" data-open="${escapeHtml(entry.event.id)}">${escapeHtml(entry.event.title)}</button>
				${entry.roles?.length ? `<span class="muted">${escapeHtml(entry.roles.join(', ').toLowerCase())}</span>` : ''}</li>`).join('')
		}</ol>`;
		section.hidden = false;
		section.dataset.count = String(entries.length);
		section.scrollIntoView({ block: 'nearest' });
	}

	panel.querySelector('.panel-close').addEventListener('click', close);
	viewer.querySelector('.viewer-close').addEventListener('click', closeViewer);

	return {
		showNode,
		showEdge,
		showPaths,
		openEvidence,
		close,
		closeViewer,
		isOpen: () => !panel.hidden,
		/** Re-draws the node's buttons when the view changed under an open panel (expand, remove). */
		refreshActions: () => {
			const bar = body.querySelector('.panel-actions');
			const id = panel.dataset.loaded;
			if (bar && id && !panel.hidden) {
				bar.outerHTML = actionsBar(id, actions.nodeInView(id));
			}
		},
		isViewerOpen: () => !viewer.hidden,
		showing: () => showing,
		refresh: () => {
			if (showing?.node) {
				showNode(showing.node);
			}
		},
	};
}

function sourceHeader(source) {
	const title = escapeHtml(source.title ?? source.id);
	const link = source.url ? `<a href="${escapeHtml(source.url)}" target="_blank" rel="noopener noreferrer">${title}</a>` : title;
	return `<h3 class="source-title">${link}</h3><p class="source-meta">`
		+ `<span class="publisher">${escapeHtml(source.publisher ?? 'unknown publisher')}</span>`
		+ (source.published ? ` · <time datetime="${escapeHtml(source.published)}">${escapeHtml(source.published)}</time>` : '')
		+ `</p>`;
}

function figures(values) {
	if (!values) {
		return '';
	}
	const stated = Object.entries(values).filter(([, value]) => value !== null && value !== undefined);
	return stated.map(([name, value]) => `${value} ${name}`).join(', ');
}

/** Mentions (with a nested source) and edge evidence (flat) in one shape. */
export function normaliseEvidence(item) {
	if (item.source) {
		return { mentionId: item.id ?? item.mentionId, quote: item.quote, start: item.start, end: item.end, source: item.source };
	}
	return {
		mentionId: item.mentionId,
		quote: item.quote,
		start: item.start ?? null,
		end: item.end ?? null,
		source: { id: item.sourceId, title: item.sourceTitle, publisher: item.publisher, published: item.published, url: item.url },
	};
}

