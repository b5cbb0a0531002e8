/**
 * Access control: API keys (configured hashed, sent in {@code X-API-Key} or as a bearer
 * token) with the roles {@code READER} and {@code EDITOR}; reads open unless configured
 * otherwise, every write needs an editor key; CORS for front ends on other origins.
 */
@NullMarked
package org.conflictgraph.security;

import org.jspecify.annotations.NullMarked;
