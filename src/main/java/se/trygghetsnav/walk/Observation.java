package se.trygghetsnav.walk;

/** An unsafe place observed on a walk, with the measure it became (if any) and that measure's status. */
public record Observation(long id, long walkId, WalkCategory category, Double latitude, Double longitude, String seen,
        String improvement, String whoShouldAct, boolean hasPhoto, Long measureId, String measureTitle, String measureStatus,
        boolean hasAfterPhoto) {}
