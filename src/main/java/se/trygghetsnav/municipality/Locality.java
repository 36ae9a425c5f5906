package se.trygghetsnav.municipality;

/** A town or village of a municipality, with its centre point. */
public record Locality(long id, String municipalityCode, String name, double latitude, double longitude) {}
