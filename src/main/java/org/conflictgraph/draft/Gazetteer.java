package org.conflictgraph.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.ingest.Names;

/**
 * The reference gazetteer shipped with the drafting package
 * ({@code draft/gazetteer.tsv}): countries, the first-level regions of Ukraine and Russia
 * and their main cities, with approximate coordinates and admin levels. It is cited as
 * the reference source {@value #SOURCE_ID}; see the file's header for its provenance.
 */
public final class Gazetteer {

	/** The id of the reference source the gazetteer's facts cite. */
	public static final String SOURCE_ID = "source:draft-gazetteer";

	static final String TITLE = "Reference gazetteer of the conflict-graph drafting package";

	static final String NOTE = "Countries, first-level regions of Ukraine and Russia and main cities, written by the "
			+ "project editors from public-domain geographic knowledge with GeoNames and Natural Earth as the "
			+ "reference; coordinates of administrative centres, rounded to 0.01 degree, approximate";

	/** One place of the gazetteer. */
	public record Place(String id, String kind, String name, List<String> aliases, int adminLevel, String countryCode,
			double latitude, double longitude, @Nullable String parent, @Nullable Integer geonamesId) {
	}

	private final Map<String, Place> byId = new LinkedHashMap<>();

	private final Map<String, List<Place>> byKey = new HashMap<>();

	private final Map<String, Place> byStem = new HashMap<>();

	private Gazetteer() {
	}

	/** Reads the gazetteer from the class path. */
	public static Gazetteer load() {
		Gazetteer gazetteer = new Gazetteer();
		try (InputStream in = Gazetteer.class.getResourceAsStream("/draft/gazetteer.tsv")) {
			if (in == null) {
				throw new IllegalStateException("draft/gazetteer.tsv is not on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				List<String> aliases = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split("\\|"));
				Place place = new Place(f[0], f[1], f[2], aliases, Integer.parseInt(f[4]), f[5],
						Double.parseDouble(f[6]), Double.parseDouble(f[7]), f[8].isEmpty() ? null : f[8],
						f[9].isEmpty() ? null : Integer.valueOf(f[9]));
				gazetteer.add(place);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return gazetteer;
	}

	private void add(Place place) {
		this.byId.put(place.id(), place);
		for (String key : Names.keys(place.name(), place.aliases())) {
			this.byKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(place);
		}
		if (place.kind().equals("Region")) {
			for (String suffix : List.of(" Oblast", " Krai", " Autonomous Okrug")) {
				if (place.name().endsWith(suffix)) {
					this.byStem.putIfAbsent(
							Names.key(place.name().substring(0, place.name().length() - suffix.length())), place);
				}
			}
		}
	}

	/** The places whose name or alias has this name key. */
	public List<Place> byKey(String key) {
		return this.byKey.getOrDefault(key, List.of());
	}

	/** The region whose name without "Oblast" or "Krai" has this key ("Belgorod"). */
	public @Nullable Place regionByStem(String key) {
		return this.byStem.get(key);
	}

	public @Nullable Place byId(String id) {
		return this.byId.get(id);
	}

	/** The country of a country code, when the gazetteer has it. */
	public @Nullable Place country(String code) {
		for (Place place : this.byId.values()) {
			if (place.adminLevel() == 0 && place.countryCode().equals(code)) {
				return place;
			}
		}
		return null;
	}

	public int size() {
		return this.byId.size();
	}

}
