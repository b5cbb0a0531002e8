package org.conflictgraph.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API keys and the read policy. Keys are configured by their hash only, for example
 * through the environment: {@code CONFLICTGRAPH_SECURITY_KEYS_0_NAME=alice},
 * {@code CONFLICTGRAPH_SECURITY_KEYS_0_ROLE=EDITOR},
 * {@code CONFLICTGRAPH_SECURITY_KEYS_0_HASH=<sha-256 hex or bcrypt>}.
 *
 * @param requireKeyForReads whether queries need a key too (any role)
 * @param keys the keys the service accepts
 * @param maxFailuresPerMinute how many requests with a wrong key one client address may
 * send per minute; beyond that its requests with a key are answered 429 without checking
 * the key
 */
@ConfigurationProperties("conflictgraph.security")
public record AccessProperties(@DefaultValue("false") boolean requireKeyForReads, @DefaultValue List<Key> keys,
		@DefaultValue("60") int maxFailuresPerMinute) {

	/**
	 * One API key.
	 *
	 * @param name who holds it; recorded in the audit trail, never the key itself
	 * @param role what it may do
	 * @param hash the SHA-256 of the key as 64 hex digits (optionally prefixed
	 * {@code sha256:}), or a bcrypt hash ({@code $2a$}, {@code $2b$}, {@code $2y$})
	 * @param id a public prefix of a bcrypt key: the client presents
	 * {@code <id>.<secret>} (the hash is of that whole string), so that a key is checked
	 * against one bcrypt hash and a key with an unknown id costs none
	 */
	public record Key(String name, Role role, String hash, @Nullable String id) {
	}

}
