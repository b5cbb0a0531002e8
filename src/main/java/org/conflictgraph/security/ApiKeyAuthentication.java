package org.conflictgraph.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API key: first as presented (the raw key, not yet checked), then either accepted
 * (the key's name and role, the raw key erased) or rejected (nothing but the fact).
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final String name;

	private @Nullable String key;

	private final @Nullable Role role;

	private ApiKeyAuthentication(String name, @Nullable String key, @Nullable Role role) {
		super((role != null) ? role.authorities() : List.of());
		this.name = name;
		this.key = key;
		this.role = role;
		setAuthenticated(role != null);
	}

	static ApiKeyAuthentication presented(String key) {
		return new ApiKeyAuthentication("(unchecked key)", key, null);
	}

	static ApiKeyAuthentication accepted(String name, Role role) {
		return new ApiKeyAuthentication(name, null, role);
	}

	static ApiKeyAuthentication rejected() {
		return new ApiKeyAuthentication("(invalid key)", null, null);
	}

	/** Whether a key was presented and did not match any configured key. */
	boolean isRejected() {
		return this.role == null && this.key == null;
	}

	@Nullable Role role() {
		return this.role;
	}

	@Override
	public @Nullable Object getCredentials() {
		return this.key;
	}

	@Override
	public Object getPrincipal() {
		return this.name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public void eraseCredentials() {
		this.key = null;
	}

	@Override
	public String toString() {
		// Never the key.
		return "ApiKeyAuthentication[" + this.name + ", " + this.role + "]";
	}

}
