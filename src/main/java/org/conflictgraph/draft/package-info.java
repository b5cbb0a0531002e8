/**
 * Drafting a report from an article's text: sentences, tokens and parts of speech with
 * Apache OpenNLP, entity mentions from the graph's names, a reference gazetteer and cue
 * words, coreference, claims per reporting clause, events from a trigger lexicon, figures
 * with qualifiers. Every proposed item cites verbatim spans and carries its confidence
 * and rule; a person reviews the draft before it is ingested.
 */
@NullMarked
package org.conflictgraph.draft;

import org.jspecify.annotations.NullMarked;
