package org.conflictgraph.export;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.claim.Figure;

/**
 * One event as the conflict-data tables (ACLED, UCDP GED, PLOVER, GeoJSON) see it: its
 * places with their hierarchy, its participants by role, the claims about it with their
 * figures, and the quotes that evidence it.
 */
record EventRow(String id, String title, @Nullable LocalDate date, @Nullable String datePrecision,
		@Nullable String type, @Nullable String subType, @Nullable String status, @Nullable String summary,
		List<PlaceRow> places, List<ParticipantRow> participants, List<ClaimFigures> claims,
		List<EvidenceRow> evidence) {

	/** The place the tables put the event at: the most specific, in id order. */
	@Nullable PlaceRow place() {
		return this.places.isEmpty() ? null : this.places.get(0);
	}

	/** Side A of the tables: the attackers. */
	List<ParticipantRow> attackers() {
		return withRole("attacker");
	}

	/** Side B of the tables: the targets, else the defenders. */
	List<ParticipantRow> opponents() {
		List<ParticipantRow> targets = withRole("target");
		return targets.isEmpty() ? withRole("defender") : targets;
	}

	/** The participants with this role, in id order. */
	List<ParticipantRow> withRole(String role) {
		return this.participants.stream().filter((p) -> role.equals(p.role())).toList();
	}

	/**
	 * A place an event occurred in.
	 *
	 * @param kind the place's kind label (Country, Region, ...)
	 * @param precision the OCCURRED_IN precision (in, near, over, ...)
	 * @param above the places it lies in, nearest first
	 */
	record PlaceRow(String id, String name, String kind, @Nullable Long adminLevel, @Nullable String countryCode,
			@Nullable Double latitude, @Nullable Double longitude, @Nullable String locationPrecision,
			@Nullable String precision, List<Ancestor> above) {

		/** The name at an admin level: this place or one above it. */
		@Nullable String atLevel(long level) {
			if (this.adminLevel != null && this.adminLevel == level) {
				return this.name;
			}
			return this.above.stream()
				.filter((a) -> a.adminLevel() != null && a.adminLevel() == level)
				.map(Ancestor::name)
				.findFirst()
				.orElse(null);
		}

		/** The country code of this place or the nearest place above that has one. */
		@Nullable String country() {
			if (this.countryCode != null) {
				return this.countryCode;
			}
			return this.above.stream().map(Ancestor::countryCode).filter((c) -> c != null).findFirst().orElse(null);
		}

	}

	/** A place above another in the LOCATED_IN hierarchy. */
	record Ancestor(String id, String name, String kind, @Nullable Long adminLevel, @Nullable String countryCode) {
	}

	/** An actor's part in the event (PARTICIPATED_IN). */
	record ParticipantRow(String id, String name, String kind, @Nullable String role) {

		/** States, their forces and bodies: ACLED's "State forces", GED's state-based. */
		boolean isState() {
			return switch (this.kind) {
				case "State", "MilitaryForce", "GovernmentBody" -> true;
				default -> false;
			};
		}

	}

	/**
	 * A claim about the event and the figures it states; claims of different claimants
	 * are never merged.
	 */
	record ClaimFigures(String id, @Nullable String claimant, @Nullable String stance, @Nullable Figure killed,
			@Nullable Figure injured) {
	}

	/** A verbatim quote evidencing the event, with its offsets into the source's text. */
	record EvidenceRow(String mentionId, String quote, @Nullable Long start, @Nullable Long end, String sourceId,
			@Nullable String sourceTitle, @Nullable String publisher, @Nullable String url) {
	}

}
