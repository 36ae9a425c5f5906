package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** An activity of a citizen promise as typed: what, who (an organisation's id), status and an optional due date. */
public record PromiseActivityForm(String description, String owner, String status, String dueDate) {

    public static PromiseActivityForm empty() {
        return new PromiseActivityForm("", "", PromiseActivityStatus.PLANNED.name(), "");
    }

    public static PromiseActivityForm of(PromiseActivity activity) {
        return new PromiseActivityForm(activity.description(),
                activity.ownerOrganisationId() == null ? "" : activity.ownerOrganisationId().toString(),
                activity.status().name(), activity.dueDate() == null ? "" : activity.dueDate().toString());
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (description == null || description.isBlank() || description.length() > 2000) {
            problems.put("description", "promise.activity.error.description");
        }
        if (owner != null && !owner.isBlank() && ownerId() == null) {
            problems.put("owner", "promise.activity.error.owner");
        }
        if (activityStatus() == null) {
            problems.put("status", "promise.activity.error.status");
        }
        if (dueDate != null && !dueDate.isBlank() && due() == null) {
            problems.put("dueDate", "promise.error.date");
        }
        return problems;
    }

    Long ownerId() {
        try {
            return owner == null || owner.isBlank() ? null : Long.valueOf(owner.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    PromiseActivityStatus activityStatus() {
        return PromiseActivityStatus.parse(status);
    }

    LocalDate due() {
        return CitizenPromiseForm.date(dueDate);
    }
}
