package se.trygghetsnav.incident;

import java.time.OffsetDateTime;

/** A filed report as people and programs read it. */
public record IncidentReport(long id, String municipalityCode, long categoryId, String categoryName, Long reporterId,
        String reporterName, Long organisationId, String organisationName, OffsetDateTime occurredFrom,
        OffsetDateTime occurredTo, Double latitude, Double longitude, String place, Long areaId, String areaName,
        String description, Integer peopleInvolved, PoliceReport reportedToPolice, String source, boolean hasPhoto,
        OffsetDateTime createdAt) {}
