package se.trygghetsnav.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.account.AccountPrincipal;
import se.trygghetsnav.community.VerifiedOrganisationService.OperatorRow;
import se.trygghetsnav.community.VerifiedOrganisationService.OrganisationPost;
import se.trygghetsnav.community.VerifiedOrganisationService.PublicOrganisation;

/** JSON twin of the verified organisations: members' list and pages, staff's inbox, the operator's verification. */
@RestController
@Tag(name = "Samverkan: verifierade organisationer", description = "Verifierade organisationer, deras sidor och personalens inkorg")
class VerifiedOrganisationApiController {

    private final VerifiedOrganisationService organisations;

    VerifiedOrganisationApiController(VerifiedOrganisationService organisations) {
        this.organisations = organisations;
    }

    record OrganisationPage(PublicOrganisation organisation, List<OrganisationPost> recentPosts) {}

    record Verification(Boolean verified, String description) {}

    @GetMapping("/api/v1/community/organisations")
    @Operation(summary = "Verifierade organisationer som verkar i medlemmens kommun")
    List<PublicOrganisation> list(CommunityUser user) {
        return organisations.inMunicipality(user.municipalityCode());
    }

    @GetMapping("/api/v1/community/organisations/{id}")
    @Operation(summary = "En verifierad organisation med dess senaste offentliga inlägg")
    OrganisationPage get(CommunityUser user, @PathVariable long id) {
        return new OrganisationPage(organisations.get(user.municipalityCode(), id), organisations.recentPosts(user.municipalityCode(), id));
    }

    @GetMapping("/api/v1/community/organisations/inbox")
    @Operation(summary = "Direktmeddelanden till organisationerna där medlemmen är personal")
    List<OrganisationPost> inbox(CommunityUser user) {
        return organisations.inbox(user);
    }

    @GetMapping("/api/v1/operator/organisations")
    @Operation(summary = "Alla organisationer med verifiering (operatör)")
    List<OperatorRow> all() {
        return organisations.all();
    }

    @PutMapping("/api/v1/operator/organisations/{id}/verification")
    @Operation(summary = "Verifiera eller ta bort verifieringen, med offentlig beskrivning (operatör)")
    OperatorRow verify(@AuthenticationPrincipal AccountPrincipal operator, @PathVariable long id, @RequestBody Verification body) {
        organisations.verify(operator.userId(), id, Boolean.TRUE.equals(body.verified()), body.description());
        return organisations.all().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }
}
