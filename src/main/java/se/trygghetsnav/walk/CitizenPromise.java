package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A citizen promise (medborgarlöfte): the text agreed by police and municipality for a period, its
 * parties and focus problems, the activities that carry it out and the yearly follow-ups.
 */
public record CitizenPromise(long id, String municipalityCode, String title, String text, LocalDate periodFrom,
        LocalDate periodTo, List<String> focusProblems, boolean published, boolean current, List<Party> parties,
        List<PromiseActivity> activities, List<PromiseFollowUp> followUps) {

    public CitizenPromise {
        Objects.requireNonNull(periodFrom);
        Objects.requireNonNull(periodTo);
        focusProblems = List.copyOf(focusProblems);
        parties = List.copyOf(parties);
        activities = List.copyOf(activities);
        followUps = List.copyOf(followUps);
    }

    /** The years that get a follow-up. */
    public List<Integer> followUpYears() {
        return PromiseRules.followUpYears(periodFrom, periodTo);
    }

    public long overdueActivities() {
        return activities.stream().filter(PromiseActivity::overdue).count();
    }

    public PromiseFollowUp followUp(int year) {
        return followUps.stream().filter(f -> f.year() == year).findFirst().orElse(null);
    }

    /** A party of the promise: an organisation of the municipality, e.g. the police area. */
    public record Party(long id, String name, String kind) {}
}
