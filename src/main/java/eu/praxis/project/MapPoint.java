package eu.praxis.project;

/** A place on {@link EuropeMap}, in the units of its base map (0,0 top left). */
public record MapPoint(double x, double y) {}
