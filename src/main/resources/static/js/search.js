// Search box with suggestions as one types (ARIA combobox): debounced requests, arrow keys
// move through the suggestions, Enter opens one, Escape closes the list.

import { graphql } from './api.js';
import { kindInfo, labelOfEntityKind } from './kinds.js';
import { SEARCH } from './queries.js';

const DELAY_MS = 200;

/**
 * @param input the text field
 * @param list the element that holds the suggestions (role=listbox)
 * @param onOpen called with the chosen entity's id and the entity ({id, name, kind, aliases})
 * @param onError called with an ApiError
 */
export function attachSearch(input, list, onOpen, onError) {
	let timer = null;
	let hits = [];
	let active = -1;
	let sequence = 0;

	const close = () => {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	};

	const render = (text) => {
		list.innerHTML = '';
		if (hits.length === 0) {
			list.innerHTML = `<li class="empty" role="presentation">Nothing found for “${escapeHtml(text)}”</li>`;
		}
		hits.forEach((hit, index) => {
			const entity = hit.entity;
			const info = kindInfo(labelOfEntityKind(entity.kind));
			const aliases = entity.aliases?.length ? ` <span class="aliases">${escapeHtml(entity.aliases.join(', '))}</span>` : '';
			const item = document.createElement('li');
			item.id = `suggestion-${index}`;
			item.setAttribute('role', 'option');
			item.dataset.id = entity.id;
			item.innerHTML = `<span class="swatch shape-${info.base.toLowerCase()}" style="background:${info.colour}">${info.glyph}</span>`
				+ `<span class="suggestion-text"><span class="name">${escapeHtml(entity.name)}</span>${aliases}`
				+ `<span class="kind-label">${info.label}</span></span>`;
			item.addEventListener('mousedown', (event) => {
				event.preventDefault();
				choose(index);
			});
			list.appendChild(item);
		});
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
		list.dataset.text = text;
		list.dataset.count = String(hits.length);
		highlight(hits.length > 0 ? 0 : -1);
	};

	const highlight = (index) => {
		active = index;
		[...list.querySelectorAll('[role="option"]')].forEach((item, i) => {
			item.setAttribute('aria-selected', String(i === index));
			if (i === index) {
				item.scrollIntoView({ block: 'nearest' });
			}
		});
		if (index >= 0) {
			input.setAttribute('aria-activedescendant', `suggestion-${index}`);
		}
		else {
			input.removeAttribute('aria-activedescendant');
		}
	};

	const choose = (index) => {
		const hit = hits[index];
		if (!hit) {
			return;
		}
		close();
		input.value = hit.entity.name;
		onOpen(hit.entity.id, hit.entity);
	};

	/** Asks for suggestions; with `openFirst` (Enter pressed before they came), opens the best. */
	const suggest = async ({ openFirst = false } = {}) => {
		const text = input.value.trim();
		if (text.length === 0) {
			hits = [];
			close();
			return;
		}
		const mine = ++sequence;
		try {
			const data = await graphql(SEARCH, { text }, 'Searching');
			if (mine !== sequence) {
				return; // an answer to an older text
			}
			hits = data.search ?? [];
			render(text);
			if (openFirst && hits.length > 0) {
				choose(0);
			}
		}
		catch (error) {
			if (mine === sequence) {
				onError(error);
			}
		}
	};

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(suggest, DELAY_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (list.hidden) {
				suggest();
				return;
			}
			const count = hits.length;
			if (count > 0) {
				const step = event.key === 'ArrowDown' ? 1 : -1;
				highlight((active + step + count) % count);
			}
		}
		else if (event.key === 'Enter') {
			event.preventDefault();
			clearTimeout(timer);
			if (!list.hidden && active >= 0 && list.dataset.text === input.value.trim()) {
				choose(active);
			}
			else {
				suggest({ openFirst: true });
			}
		}
		else if (event.key === 'Escape') {
			if (!list.hidden) {
				event.stopPropagation();
				close();
			}
		}
	});
	input.addEventListener('blur', () => setTimeout(close, 150));
	return { close };
}

export function escapeHtml(text) {
	return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
