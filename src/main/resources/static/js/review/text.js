// The article's text with every evidence span highlighted and coloured by the kind of
// item it supports; selections map back to offsets in the text.
const ACTORS = new Set(['ArmedGroup', 'MilitaryForce', 'GovernmentBody', 'Person', 'MediaOutlet', 'State']);
const PLACES = new Set(['Country', 'Region', 'District', 'Settlement', 'Facility']);

function category(section, item) {
	if (section === 'entities') return ACTORS.has(item.kind) ? 'actor' : PLACES.has(item.kind) ? 'place' : 'asset';
	return section === 'events' ? 'event' : section === 'claims' ? 'claim' : null;
}

export function renderText(container, draft) {
	const text = draft.source.text;
	const cover = new Array(text.length).fill(null);
	// claims first, so that the smaller entity and event spans inside them show
	for (const section of ['claims', 'events', 'entities']) {
		for (const item of draft[section]) {
			if (!item.accepted) continue;
			const kind = category(section, item);
			for (const evidence of item.evidence || []) {
				for (let i = evidence.start; i < evidence.start + evidence.quote.length; i++) cover[i] = { kind, id: item.id };
			}
		}
	}
	container.innerHTML = '';
	let start = 0;
	for (let i = 1; i <= text.length; i++) {
		if (i === text.length || (cover[i] && cover[i].id) !== (cover[start] && cover[start].id)) {
			const span = document.createElement('span');
			span.dataset.start = start;
			span.textContent = text.substring(start, i);
			if (cover[start]) {
				span.className = `hl ${cover[start].kind}`;
				span.title = cover[start].id;
			}
			container.append(span);
			start = i;
		}
	}
}

function offset(container, node, within) {
	const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
	if (!container.contains(element) || element.dataset.start === undefined) return null;
	return Number(element.dataset.start) + within;
}

export function selectionOffsets(container) {
	const selection = window.getSelection();
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const range = selection.getRangeAt(0);
	const start = offset(container, range.startContainer, range.startOffset);
	const end = offset(container, range.endContainer, range.endOffset);
	if (start === null || end === null || end <= start) return null;
	return { start, end };
}
