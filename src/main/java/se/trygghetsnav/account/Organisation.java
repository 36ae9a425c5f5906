package se.trygghetsnav.account;

/** An organisation working in a municipality. */
public record Organisation(long id, String name, OrganisationKind kind) {}
