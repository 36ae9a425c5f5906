package se.trygghetsnav.incident;

/** A report category of a municipality (EST practice), e.g. VANDALISM "Skadegörelse". */
public record IncidentCategory(long id, String code, String name, boolean active, int sortOrder) {}
