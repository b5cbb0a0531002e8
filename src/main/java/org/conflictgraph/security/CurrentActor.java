package org.conflictgraph.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name the audit trail records for the current request: the name of the API key that
 * authenticated it.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	/**
	 * The current key's name, or {@code anonymous} when the request carries no valid key
	 * (writes never run then).
	 */
	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof ApiKeyAuthentication key && key.role() != null) {
			return key.getName();
		}
		return "anonymous";
	}

}
