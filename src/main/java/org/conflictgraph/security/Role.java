package org.conflictgraph.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a key may do. An editor may also read.
 */
public enum Role {

	/**
	 * Reads, when reads need a key
	 * ({@code conflictgraph.security.require-key-for-reads}).
	 */
	READER,

	/** Reads and every write: mutations and bulk imports. */
	EDITOR;

	List<GrantedAuthority> authorities() {
		return switch (this) {
			case READER -> List.of(new SimpleGrantedAuthority("ROLE_READER"));
			case EDITOR ->
				List.of(new SimpleGrantedAuthority("ROLE_EDITOR"), new SimpleGrantedAuthority("ROLE_READER"));
		};
	}

}
