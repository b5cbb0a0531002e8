package org.conflictgraph.security;

/**
 * The plain API keys of the test profile (application-test.yml holds their hashes).
 */
public final class TestKeys {

	/** Role EDITOR, SHA-256 hash. */
	public static final String EDITOR = "test-editor-key-0123456789";

	/** Role READER, SHA-256 hash with the sha256: prefix. */
	public static final String READER = "test-reader-key-0123456789";

	/** Role EDITOR, bcrypt hash. */
	public static final String BCRYPT_EDITOR = "test-bcrypt-editor-key";

	/** No configured key. */
	public static final String WRONG = "test-wrong-key-9876543210";

	private TestKeys() {
	}

}
