package se.trygghetsnav.mapping;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One municipality's invitation to a round, with its answer link token and how far it has come. */
public record Invitation(long id, long roundId, String municipalityCode, String municipalityName, String countyCode,
        String token, String email, Instant invitedAt, Instant remindedAt, Instant savedAt, Instant submittedAt) {

    @JsonIgnore
    public boolean submitted() {
        return submittedAt != null;
    }

    /** NOT_STARTED, DRAFT or SUBMITTED. */
    @JsonProperty("status")
    public String status() {
        return submittedAt != null ? "SUBMITTED" : savedAt != null ? "DRAFT" : "NOT_STARTED";
    }

    @JsonProperty("path")
    public String path() {
        return "/kartlaggning/svar/" + token;
    }
}
