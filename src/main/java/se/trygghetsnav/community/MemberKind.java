package se.trygghetsnav.community;

/** Who a community member is: a resident, a business, or staff of an organisation. */
public enum MemberKind {
    RESIDENT,
    BUSINESS,
    STAFF;

    public String messageKey() {
        return "community.memberKind." + name();
    }
}
