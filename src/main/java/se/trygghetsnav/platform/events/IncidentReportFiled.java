package se.trygghetsnav.platform.events;

/** The incident report filed for a forwarded community post ({@link CommunityTipForwarded}). */
public record IncidentReportFiled(String municipalityCode, long postId, long reportId) {}
