package org.conflictgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.graph.Vocabulary;

/**
 * What event resolution compares of an event: its type, the days its date covers (one
 * day, a month or a year, by its precision), where it occurred (the places it occurred
 * in, and those with every place they lie in), its participants and the actors of the
 * claims about it. Two events agree when type and days agree, one's place is the other's
 * or lies in it, and they share a participant or a claimant.
 *
 * @param id the event's id
 * @param type its ACLED-style type
 * @param start the first day its date covers
 * @param end the day after the last day its date covers
 * @param places the places it occurred in
 * @param within those places and every place they lie in
 * @param participants actors that took part
 * @param claimants actors of claims about it
 */
record EventSignature(String id, String type, LocalDate start, LocalDate end, Set<String> places, Set<String> within,
		Set<String> participants, Set<String> claimants) {

	EventSignature {
		places = Set.copyOf(places);
		within = Set.copyOf(within);
		participants = Set.copyOf(participants);
		claimants = Set.copyOf(claimants);
	}

	/**
	 * The precisions whose events stand for a whole period and carry its first day as
	 * their date (docs/model.md), so an event look-up finds them by that day.
	 */
	static final List<String> PERIODS = List.of(Vocabulary.MONTH_PRECISION, Vocabulary.YEAR_PRECISION);

	/** The days a date of this precision covers: [start, end). */
	static LocalDate[] days(LocalDate date, @Nullable String precision) {
		if (Vocabulary.YEAR_PRECISION.equals(precision)) {
			LocalDate start = date.withDayOfYear(1);
			return new LocalDate[] { start, start.plusYears(1) };
		}
		if (Vocabulary.MONTH_PRECISION.equals(precision)) {
			LocalDate start = date.withDayOfMonth(1);
			return new LocalDate[] { start, start.plusMonths(1) };
		}
		return new LocalDate[] { date, date.plusDays(1) };
	}

	/**
	 * Why this event and the other are one, in words; null when they do not agree in
	 * type, date, place and a participant or claimant.
	 */
	@Nullable String agreement(EventSignature other) {
		if (!this.type.equals(other.type) || !this.start.isBefore(other.end) || !other.start.isBefore(this.end)) {
			return null;
		}
		String place = place(other);
		if (place == null) {
			return null;
		}
		Set<String> participants = shared(this.participants, other.participants);
		Set<String> claimants = shared(this.claimants, other.claimants);
		if (participants.isEmpty() && claimants.isEmpty()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		parts.add("same type (" + this.type + ")");
		parts.add("dates agree (" + range(this) + " and " + range(other) + ")");
		parts.add(place);
		if (!participants.isEmpty()) {
			parts
				.add("shared participant" + ((participants.size() > 1) ? "s " : " ") + String.join(", ", participants));
		}
		if (!claimants.isEmpty()) {
			parts.add("claims about both by " + String.join(", ", claimants));
		}
		return String.join("; ", parts);
	}

	private @Nullable String place(EventSignature other) {
		for (String place : new TreeSet<>(this.places)) {
			if (other.places.contains(place)) {
				return "same place (" + place + ")";
			}
		}
		for (String outer : new TreeSet<>(other.places)) {
			if (this.within.contains(outer)) {
				return "place " + String.join(", ", new TreeSet<>(this.places)) + " lies in " + outer;
			}
		}
		for (String outer : new TreeSet<>(this.places)) {
			if (other.within.contains(outer)) {
				return "place " + String.join(", ", new TreeSet<>(other.places)) + " lies in " + outer;
			}
		}
		return null;
	}

	private static Set<String> shared(Set<String> first, Set<String> second) {
		Set<String> shared = new TreeSet<>(first);
		shared.retainAll(second);
		return shared;
	}

	private static String range(EventSignature event) {
		LocalDate last = event.end.minusDays(1);
		return event.start.equals(last) ? event.start.toString() : event.start + " to " + last;
	}

}
