package se.trygghetsnav.incident;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.account.Membership;
import se.trygghetsnav.platform.Role;
import se.trygghetsnav.platform.events.CommunityTipForwarded;
import se.trygghetsnav.platform.events.IncidentReportFiled;
import se.trygghetsnav.platform.events.TipCategories;

/**
 * Files an incident report when a coordinator forwards a community post to the lägesbild, with the
 * same rules as every other channel, and answers with {@link IncidentReportFiled}.
 */
@Component
class IncidentLinkListener implements TipCategories {

    private final IncidentService incidents;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    IncidentLinkListener(IncidentService incidents, AccountService accounts, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public List<Choice> active(String municipalityCode) {
        return incidents.categories(municipalityCode).stream().filter(IncidentCategory::active)
                .map(c -> new Choice(c.id(), c.name())).toList();
    }

    @EventListener
    void forwarded(CommunityTipForwarded tip) {
        boolean coordinator = accounts.peopleWithRole(tip.municipalityCode(), Role.COORDINATOR).stream()
                .anyMatch(p -> p.userId() == tip.forwardedByUserId());
        if (!coordinator) {
            throw new AccessDeniedException("Endast samordnare i kommunen kan göra inlägg till rapporter");
        }
        List<Membership> memberships = tip.forwardedByOrganisationId() == null ? List.of()
                : List.of(new Membership(tip.forwardedByOrganisationId(), "", tip.municipalityCode(), "", Role.COORDINATOR));
        Actor actor = new Actor(tip.forwardedByUserId(), "", "", tip.municipalityCode(), "", Set.of(Role.COORDINATOR), memberships);
        LocalDateTime occurred = LocalDateTime.ofInstant(tip.occurredAt(), IncidentService.SWEDEN);
        String description = "Från ett inlägg i samverkansplattformen: " + tip.sourceUrl() + "\n\n" + tip.text();
        long reportId = incidents.file(actor, new NewReport(tip.categoryId(), occurred, null, tip.latitude(), tip.longitude(),
                null, tip.areaId(), description, null, PoliceReport.DONT_KNOW, null, "COMMUNITY"));
        events.publishEvent(new IncidentReportFiled(tip.municipalityCode(), tip.postId(), reportId));
    }
}
