package se.trygghetsnav.community;

import java.time.Instant;

/** A message was stored in a group's chat (published after its transaction commits); delivered live to the group. */
public record ChatMessagePosted(long messageId, long groupId, String municipalityCode, long authorId, String authorName,
        String body, boolean hasPhoto, Instant createdAt) {}
