package se.trygghetsnav.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A mapping round with how many municipalities were invited and how many have answered. */
public record MappingRound(long id, String name, String instrument, int instrumentVersion, LocalDate deadline,
        long createdBy, Instant createdAt, Instant closedAt, int invited, int answered) {

    public MappingRound {
        Objects.requireNonNull(name);
        Objects.requireNonNull(instrument);
    }

    @JsonProperty("closed")
    public boolean closed() {
        return closedAt != null;
    }
}
