package se.trygghetsnav.community;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.platform.NotFoundException;

/** The member's own alert zones, shared position and alert settings as JSON. Nobody else's are ever served. */
@RestController
@RequestMapping("/api/v1/community")
class ZoneApiController {

    private final ZoneService zones;

    ZoneApiController(ZoneService zones) {
        this.zones = zones;
    }

    record ZoneRequest(String name, Double latitude, Double longitude, Integer radiusMetres) {}

    record PositionRequest(Double latitude, Double longitude, Integer radiusMetres, Integer hours) {}

    record SettingsRequest(Boolean paused, Boolean digest, List<Long> mutedGroupIds) {}

    @GetMapping("/zones")
    List<ZoneService.Zone> list(CommunityUser user) {
        return zones.zones(user);
    }

    @PostMapping("/zones")
    ResponseEntity<ZoneService.Zone> create(CommunityUser user, @RequestBody ZoneRequest request) {
        ZoneService.Zone zone = zones.createZone(user, request.name(), request.latitude(), request.longitude(), request.radiusMetres());
        return ResponseEntity.created(URI.create("/api/v1/community/zones/" + zone.id())).body(zone);
    }

    @GetMapping("/zones/{id}")
    ZoneService.Zone get(CommunityUser user, @PathVariable long id) {
        return zones.zones(user).stream().filter(zone -> zone.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Bevakningsområdet finns inte"));
    }

    @DeleteMapping("/zones/{id}")
    ResponseEntity<Void> delete(CommunityUser user, @PathVariable long id) {
        zones.deleteZone(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/position")
    ZoneService.SharedPosition position(CommunityUser user) {
        return zones.position(user).orElseThrow(() -> new NotFoundException("Du delar ingen position"));
    }

    @PutMapping("/position")
    ZoneService.SharedPosition share(CommunityUser user, @RequestBody PositionRequest request) {
        return zones.sharePosition(user, request.latitude(), request.longitude(), request.radiusMetres(), request.hours());
    }

    @DeleteMapping("/position")
    ResponseEntity<Void> stopSharing(CommunityUser user) {
        zones.stopSharing(user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/alert-settings")
    ZoneService.Settings settings(CommunityUser user) {
        return zones.settings(user);
    }

    @PutMapping("/alert-settings")
    ZoneService.Settings saveSettings(CommunityUser user, @RequestBody SettingsRequest request) {
        ZoneService.Settings current = zones.settings(user);
        List<Long> muted = request.mutedGroupIds() != null ? request.mutedGroupIds()
                : current.groups().stream().filter(ZoneService.GroupSetting::muted).map(ZoneService.GroupSetting::groupId).toList();
        zones.saveSettings(user, request.paused() != null ? request.paused() : current.paused(),
                request.digest() != null ? request.digest() : current.digest(), muted);
        return zones.settings(user);
    }
}
