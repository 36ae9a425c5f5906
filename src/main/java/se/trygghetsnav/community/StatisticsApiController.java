package se.trygghetsnav.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.community.StatisticsService.Statistics;
import se.trygghetsnav.platform.Role;

/** JSON twin of the community statistics page. */
@RestController
@Tag(name = "Samverkan: statistik", description = "Medlemmar per grupp, inlägg per vecka, timme och prioritet, medlemsenkäten")
class StatisticsApiController {

    private final StatisticsService statistics;

    StatisticsApiController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/community/statistics")
    @Operation(summary = "Samverkansstatistik för kommunen (samordnare, analytiker, chefer); små antal (1-4) visas som <5")
    Statistics statistics(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return statistics.of(actor.municipalityCode());
    }
}
