package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.List;

import org.conflictgraph.actor.ParticipantRole;

/** One event of a timeline, with the actor's roles in it. */
record TimelineEntry(LocalDate date, Event event, List<ParticipantRole> roles) {

}
