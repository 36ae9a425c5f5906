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
    OTHER;

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
