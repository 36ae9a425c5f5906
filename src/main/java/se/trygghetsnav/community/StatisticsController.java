package se.trygghetsnav.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Role;

/** The community's statistics in the lägesbild. */
@Controller
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/lagesbild/samverkan")
    String page(Actor actor, Model model) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        model.addAttribute("stats", statistics.of(actor.municipalityCode()));
        model.addAttribute("municipalityName", actor.municipalityName());
        return "community/statistics/statistics";
    }
}
