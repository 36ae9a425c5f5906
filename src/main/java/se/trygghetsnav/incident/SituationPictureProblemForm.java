package se.trygghetsnav.incident;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a coordinator types to add or change a prioritised problem; the same record is the API's
 * request body. {@code priority} 1 is the most important; empty puts the problem last.
 */
public record SituationPictureProblemForm(String title, String finding, String whyChosen, Long areaId, Long categoryId,
        String specific, String measurable, String achievable, String relevant,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate timeBound, Integer priority) {

    public static SituationPictureProblemForm empty() {
        return new SituationPictureProblemForm("", "", "", null, null, "", "", "", "", null, null);
    }

    public static SituationPictureProblemForm of(SituationPictureProblem problem) {
        SituationPictureProblem.SmartGoal goal = problem.goal();
        return new SituationPictureProblemForm(problem.title(), problem.finding(), problem.whyChosen(), problem.areaId(),
                problem.categoryId(), goal.specific(), goal.measurable(), goal.achievable(), goal.relevant(),
                goal.timeBound(), problem.priority());
    }
}
