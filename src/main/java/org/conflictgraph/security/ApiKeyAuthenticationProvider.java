package org.conflictgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks presented API keys against the configured hashes. SHA-256 hashes suit long
 * random keys (one digest per request, compared in constant time); bcrypt hashes suit
 * keys a person chose. A bcrypt check is slow on purpose, so an anonymous caller must not
 * be able to make the service run many: a bcrypt key with an {@code id} is presented as
 * {@code <id>.<secret>} and only that key's hash is checked, a key with an unknown id
 * costs no bcrypt at all, and keys that passed or failed are remembered by their SHA-256
 * (bounded, in memory). Bcrypt keys without an id are still checked one by one, with a
 * warning at start-up.
 */
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

	private static final Log logger = LogFactory.getLog(ApiKeyAuthenticationProvider.class);

	private static final Pattern SHA256 = Pattern.compile("(?i)(sha256:)?[0-9a-f]{64}");

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int REMEMBERED = 256;

	private final List<Configured> sha256 = new ArrayList<>();

	/** Bcrypt keys without an id: every unknown key is checked against each. */
	private final List<Configured> bcrypt = new ArrayList<>();

	/** Bcrypt keys by their public id. */
	private final Map<String, Configured> bcryptById = new HashMap<>();

	private final PasswordEncoder encoder;

	private final Map<String, ApiKeyAuthentication> passed = new ConcurrentHashMap<>();

	/**
	 * Digests of keys that matched nothing: asking again costs one SHA-256, no bcrypt.
	 */
	private final Set<String> failed = ConcurrentHashMap.newKeySet();

	ApiKeyAuthenticationProvider(AccessProperties properties) {
		this(properties, new BCryptPasswordEncoder());
	}

	ApiKeyAuthenticationProvider(AccessProperties properties, PasswordEncoder encoder) {
		this.encoder = encoder;
		for (int i = 0; i < properties.keys().size(); i++) {
			AccessProperties.Key key = properties.keys().get(i);
			String where = "conflictgraph.security.keys[" + i + "]";
			if (key.name() == null || key.name().isBlank()) {
				throw new IllegalStateException(where + ".name is missing: every key needs a name for the audit trail");
			}
			if (key.role() == null) {
				throw new IllegalStateException(where + ".role is missing: use READER or EDITOR");
			}
			String hash = (key.hash() != null) ? key.hash().trim() : "";
			// The value is not echoed: it may be a key pasted by mistake.
			if (SHA256.matcher(hash).matches()) {
				String hex = hash.toLowerCase(Locale.ROOT).replace("sha256:", "");
				this.sha256.add(new Configured(key.name(), key.role(), hex));
			}
			else if (BCRYPT.matcher(hash).matches()) {
				Configured configured = new Configured(key.name(), key.role(), hash);
				String id = (key.id() != null) ? key.id().trim() : "";
				if (id.isEmpty()) {
					logger.warn("Key '" + key.name() + "' is a bcrypt key without an id: every unknown key a client "
							+ "presents costs one bcrypt check for it; give it an id (see docs/writing.md)");
					this.bcrypt.add(configured);
				}
				else if (!ID.matcher(id).matches()) {
					throw new IllegalStateException(
							where + ".id (key '" + key.name() + "') may hold only letters, digits, '-' and '_'");
				}
				else if (this.bcryptById.putIfAbsent(id, configured) != null) {
					throw new IllegalStateException(where + ".id (key '" + key.name() + "') is used by another key");
				}
			}
			else {
				throw new IllegalStateException(where + ".hash (key '" + key.name()
						+ "') is neither a SHA-256 hex digest nor a bcrypt hash; see docs/writing.md");
			}
		}
		if (properties.keys().isEmpty()) {
			logger.warn("No API keys are configured: nobody can write to the graph through the API "
					+ "(set conflictgraph.security.keys, see docs/writing.md)");
		}
		else {
			logger.info(properties.keys().size() + " API key(s) configured: "
					+ properties.keys().stream().map((key) -> key.name() + " (" + key.role() + ")").toList());
		}
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Object credentials = authentication.getCredentials();
		if (!(credentials instanceof String key) || key.isEmpty()) {
			throw new BadCredentialsException("The API key is empty");
		}
		ApiKeyAuthentication accepted = check(key);
		if (accepted == null) {
			throw new BadCredentialsException("The API key is not valid");
		}
		return accepted;
	}

	private @Nullable ApiKeyAuthentication check(String key) {
		String digest = sha256(key);
		byte[] presented = digest.getBytes(StandardCharsets.US_ASCII);
		Configured match = null;
		for (Configured configured : this.sha256) {
			// Compare with every key, in constant time, so timing tells nothing.
			if (MessageDigest.isEqual(presented, configured.hash().getBytes(StandardCharsets.US_ASCII))) {
				match = configured;
			}
		}
		if (match != null) {
			return ApiKeyAuthentication.accepted(match.name(), match.role());
		}
		ApiKeyAuthentication remembered = this.passed.get(digest);
		if (remembered != null) {
			return remembered;
		}
		if (this.failed.contains(digest)) {
			return null;
		}
		int dot = key.indexOf('.');
		Configured byId = (dot > 0) ? this.bcryptById.get(key.substring(0, dot)) : null;
		List<Configured> candidates = (byId != null) ? List.of(byId) : this.bcrypt;
		for (Configured configured : candidates) {
			if (this.encoder.matches(key, configured.hash())) {
				ApiKeyAuthentication accepted = ApiKeyAuthentication.accepted(configured.name(), configured.role());
				if (this.passed.size() < REMEMBERED) {
					this.passed.put(digest, accepted);
				}
				return accepted;
			}
		}
		if (this.failed.size() >= REMEMBERED * 16) {
			this.failed.clear();
		}
		this.failed.add(digest);
		return null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiKeyAuthentication.class.isAssignableFrom(authentication);
	}

	static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Configured(String name, Role role, String hash) {
	}

}
