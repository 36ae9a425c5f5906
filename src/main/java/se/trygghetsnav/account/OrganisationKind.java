package se.trygghetsnav.account;

/** Kinds of collaborating organisations. */
public enum OrganisationKind {
    MUNICIPAL_DEPARTMENT,
    POLICE,
    HOUSING_COMPANY,
    SCHOOL,
    BUSINESS,
    ASSOCIATION,
    RESCUE_SERVICE,
    SECURITY_COMPANY,
    NIGHT_WALKERS,
    PROPERTY_OWNER,
    OTHER;

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
