import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Build step of the {@code fast-start} profile (run as {@code java UnsignJars.java DIR}):
 * rewrites every signed jar in DIR without its signature files and its manifest's
 * per-entry digests. The JDK's ServiceLoader opens a jar afresh for each look-up and, for a
 * signed jar, parses its manifest and checks its signature every time: the two signed
 * Eclipse Collections jars (1 MB of manifest) cost about 1.4 s of CPU of every start of the
 * embedded Neo4j, whose collection factories look their implementations up one by one.
 * Nothing checks these signatures at run time (no security manager, no signer-based
 * policy); the copies in the executable jar and the Maven repository keep theirs.
 */
public class UnsignJars {

	public static void main(String[] args) throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				if (signed(jar)) {
					unsign(jar);
					System.out.println("Signature removed from the start layout's copy of " + jar.getFileName());
				}
			}
		}
	}

	private static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
						|| upper.endsWith(".EC"));
	}

	private static boolean signed(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile(), false)) {
			return file.stream().anyMatch((entry) -> isSignatureFile(entry.getName()));
		}
	}

	private static void unsign(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (JarFile file = new JarFile(jar.toFile(), false);
				JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
			Manifest manifest = file.getManifest();
			if (manifest != null) {
				manifest.getEntries().clear();
				out.putNextEntry(new JarEntry(JarFile.MANIFEST_NAME));
				manifest.write(out);
				out.closeEntry();
			}
			for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
				String name = entry.getName();
				if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignatureFile(name)) {
					continue;
				}
				JarEntry copied = new JarEntry(name);
				copied.setTime(entry.getTime());
				out.putNextEntry(copied);
				try (InputStream in = file.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
	}

}
