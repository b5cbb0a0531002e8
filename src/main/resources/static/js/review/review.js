// The review workspace: draft a report from a text, accept, reject or edit each proposed
// item, add evidence from a selected span, dry-run and ingest through the pipeline.
import { renderText, selectionOffsets } from './text.js';

const $ = (id) => document.getElementById(id);
const KEY = 'conflictgraph.editorKey';
let draft = null;

$('key').value = sessionStorage.getItem(KEY) || '';
$('key').addEventListener('change', () => sessionStorage.setItem(KEY, $('key').value));
$('file').addEventListener('change', async (event) => {
	const file = event.target.files[0];
	if (file) $('text').value = await file.text();
});

function status(message, problem = false) {
	$('status').textContent = message;
	$('status').classList.toggle('problem', problem);
}

async function post(url, body) {
	sessionStorage.setItem(KEY, $('key').value);
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'X-API-Key': $('key').value },
		body: JSON.stringify(body),
	});
	let json = null;
	try { json = await response.json(); } catch (e) { json = null; }
	if (response.status === 401 || response.status === 403) {
		throw new Error('The key was refused: drafting and ingesting need an editor key');
	}
	return { status: response.status, json };
}

$('draft').addEventListener('click', async () => {
	status('Drafting…');
	try {
		const { status: code, json } = await post('api/drafts', {
			text: $('text').value,
			source: { published: $('published').value, publisher: $('publisher').value,
				title: $('title').value || undefined, url: $('url').value || undefined },
		});
		if (code !== 200) {
			const problems = (json && json.problems || []).map((p) => `${p.path}: ${p.message}`).join('; ');
			status((json && json.message || `Drafting failed (${code})`) + (problems ? ` — ${problems}` : ''), true);
			return;
		}
		draft = json.report;
		for (const section of ['entities', 'events', 'claims', 'relations']) {
			for (const item of draft[section]) item.accepted = true;
		}
		render(json.warnings, json.problems);
		$('dry-run').disabled = false;
		$('ingest').disabled = false;
		status(`Drafted: ${json.stats.entities} entities (${json.stats.linkedEntities} linked), ${json.stats.events} events, ${json.stats.claims} claims, ${json.stats.relations} relations`);
	} catch (error) {
		status(error.message, true);
	}
});

function label(section, item) {
	if (section === 'entities') return item.name;
	if (section === 'events') return item.title;
	if (section === 'claims') return item.statement;
	return `${item.type} ${item.from} → ${item.to}`;
}

function editableField(section) {
	return { entities: 'name', events: 'title', claims: 'statement' }[section];
}

let target = null;

function render(warnings = [], problems = []) {
	$('warnings').innerHTML = '';
	for (const text of [...problems.map((p) => `problem at ${p.path}: ${p.message}`), ...warnings]) {
		const p = document.createElement('p');
		p.textContent = text;
		$('warnings').append(p);
	}
	renderText($('text-view'), draft);
	for (const section of ['entities', 'events', 'claims', 'relations']) {
		const list = $(section);
		list.innerHTML = '';
		draft[section].forEach((item, index) => {
			const li = document.createElement('li');
			li.dataset.section = section;
			li.dataset.index = index;
			li.dataset.id = item.id || `${item.type}:${item.from}->${item.to}`;
			li.classList.toggle('rejected', !item.accepted);
			const accept = document.createElement('input');
			accept.type = 'checkbox';
			accept.checked = item.accepted;
			accept.className = 'accept';
			accept.setAttribute('aria-label', 'Accept');
			accept.addEventListener('change', () => { item.accepted = accept.checked; li.classList.toggle('rejected', !item.accepted); });
			li.append(accept, ' ');
			const field = editableField(section);
			if (field) {
				const input = document.createElement('input');
				input.type = 'text';
				input.className = 'edit';
				input.value = item[field];
				input.addEventListener('change', () => { item[field] = input.value; });
				li.append(input);
			} else {
				li.append(label(section, item));
			}
			const meta = document.createElement('div');
			meta.className = 'meta';
			const kind = item.kind || item.type;
			meta.append(`${kind}${item.subType ? ' / ' + item.subType : ''} · ${item.id || ''} `);
			if (section === 'entities') {
				const badge = document.createElement('span');
				const existing = item.draft && item.draft.existing;
				badge.className = 'badge ' + (existing ? 'existing' : 'new');
				badge.textContent = existing ? `existing node ${existing}` : 'new';
				meta.append(badge, ' ');
			}
			if (item.draft) meta.append(` rule ${item.draft.rule}, confidence ${item.draft.confidence}`);
			if (item.claimant) meta.append(` · claimant ${item.claimant}`);
			if (item.figures && Object.keys(item.figures).length) meta.append(` · figures ${JSON.stringify(item.figures)}`);
			const add = document.createElement('button');
			add.type = 'button';
			add.className = 'add-evidence';
			add.textContent = 'Add selection as evidence';
			add.addEventListener('click', () => addEvidence(item));
			meta.append(' ', add);
			li.append(meta);
			list.append(li);
		});
	}
}

function addEvidence(item) {
	const span = selectionOffsets($('text-view'));
	if (!span) { status('Select a span of the text first', true); return; }
	item.evidence = item.evidence || [];
	item.evidence.push({ quote: draft.source.text.substring(span.start, span.end), start: span.start });
	render();
	status(`Evidence added: “${draft.source.text.substring(span.start, span.end)}”`);
}

function slug(text) {
	return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

$('new-entity').addEventListener('click', () => {
	const span = selectionOffsets($('text-view'));
	if (!draft || !span) { status('Draft first, then select a span of the text', true); return; }
	const kind = $('new-kind').value;
	const name = draft.source.text.substring(span.start, span.end).trim();
	const prefix = kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
	draft.entities.push({ id: `${prefix}:${slug(name)}`, kind, name, evidence: [{ quote: draft.source.text.substring(span.start, span.end), start: span.start }], accepted: true });
	render();
});

$('new-claim').addEventListener('click', () => {
	const span = selectionOffsets($('text-view'));
	if (!draft || !span) { status('Draft first, then select a span of the text', true); return; }
	const quote = draft.source.text.substring(span.start, span.end);
	const claimant = draft.source.publisher;
	draft.claims.push({ id: `claim:reviewed-${draft.claims.length + 1}-${slug(quote).slice(0, 40)}`, claimant, kind: 'statement', stance: 'ASSERTS', statement: quote, about: [claimant], evidence: [{ quote, start: span.start }], accepted: true });
	render();
});

function accepted() {
	const report = JSON.parse(JSON.stringify(draft));
	for (const section of ['entities', 'events', 'claims', 'relations']) {
		report[section] = report[section].filter((item) => item.accepted);
		report[section].forEach((item) => delete item.accepted);
	}
	const ids = new Set([...report.entities, ...report.events, ...report.claims].map((item) => item.id));
	// a rejected item takes the links to it along
	report.relations = report.relations.filter((r) => (ids.has(r.from) || !isDrafted(r.from)) && (ids.has(r.to) || !isDrafted(r.to)));
	report.claims.forEach((c) => {
		c.about = c.about.filter((id) => ids.has(id) || !isDrafted(id));
		c.contradicts = (c.contradicts || []).filter((id) => ids.has(id));
		if (!c.about.length) c.about = [c.claimant];
	});
	return report;
}

function isDrafted(id) {
	return ['entities', 'events', 'claims'].some((section) => draft[section].some((item) => item.id === id));
}

async function send(dryRun) {
	status(dryRun ? 'Checking…' : 'Ingesting…');
	try {
		const { status: code, json } = await post(`api/reports?dryRun=${dryRun}`, accepted());
		const report = json && json.reports && json.reports[0];
		const result = $('result');
		result.innerHTML = '';
		if (!report) { status(json && json.message || `Failed (${code})`, true); return; }
		const head = document.createElement('p');
		head.id = 'result-status';
		head.textContent = `${report.status}${dryRun ? ' (dry run)' : ''}: ${json.nodesCreated} nodes and ${json.relationshipsCreated} relationships ${dryRun ? 'would be' : 'were'} created, ${json.facts} facts`;
		result.append(head);
		for (const problem of report.problems || []) {
			const p = document.createElement('p');
			p.className = 'problem';
			p.textContent = `${problem.path}: ${problem.message}`;
			result.append(p);
		}
		status(report.status === 'INGESTED' ? (dryRun ? 'The draft passes the checks' : 'Ingested') : 'The pipeline found problems', report.status !== 'INGESTED');
	} catch (error) {
		status(error.message, true);
	}
}

$('dry-run').addEventListener('click', () => send(true));
$('ingest').addEventListener('click', () => send(false));
