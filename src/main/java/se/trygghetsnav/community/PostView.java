package se.trygghetsnav.community;

import java.time.Instant;

/** A post as shown: with its badge, its group or addressed organisation, and what moderators did. */
public record PostView(long id, String municipalityCode, Long authorId, String authorName, String badgeOrganisationName,
        String badgeRole, Visibility visibility, Long groupId, String groupName, Long organisationId, String organisationName,
        Priority priority, String body, double latitude, double longitude, boolean exactPosition, boolean hidden,
        boolean removed, boolean hasPhoto, Long incidentReportId, Instant createdAt, int commentCount) {

    /** The badge, e.g. "Polisen · Kommunpolis"; null for ordinary members. */
    public String badge() {
        if (badgeOrganisationName == null) {
            return null;
        }
        return badgeRole == null || badgeRole.isBlank() ? badgeOrganisationName : badgeOrganisationName + " · " + badgeRole;
    }

    public String time() {
        return CommunityTime.format(createdAt);
    }

    public boolean hiddenOrRemoved() {
        return hidden || removed;
    }

    public PostAccess.PostFacts facts() {
        return new PostAccess.PostFacts(municipalityCode, authorId, visibility, groupId, organisationId, hiddenOrRemoved());
    }
}
