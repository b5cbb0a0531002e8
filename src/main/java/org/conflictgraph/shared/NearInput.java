package org.conflictgraph.shared;

/**
 * A circle on the map: everything within {@code km} kilometres of a point.
 */
public record NearInput(double latitude, double longitude, double km) {

	/**
	 * Checks the circle is on the globe and has a size.
	 * @return this circle
	 * @throws InvalidInputException otherwise
	 */
	public NearInput checked() {
		if (latitude < -90 || latitude > 90) {
			throw new InvalidInputException("near.latitude must be between -90 and 90, was " + latitude);
		}
		if (longitude < -180 || longitude > 180) {
			throw new InvalidInputException("near.longitude must be between -180 and 180, was " + longitude);
		}
		if (!(km > 0) || km > 20_100) {
			throw new InvalidInputException("near.km must be more than 0 and at most 20100, was " + km);
		}
		return this;
	}

	public double meters() {
		return this.km * 1000;
	}

}
