package se.trygghetsnav.walk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.Mailer;
import se.trygghetsnav.platform.NotFoundException;

/** The subscribable årshjul: no login, the secret token in the address is the authentication. */
@Controller
class CalendarFeedController {

    private final CalendarFeedService feeds;
    private final YearWheelService wheel;
    private final MunicipalityService municipalities;
    private final Mailer mailer;
    private final Clock clock;

    CalendarFeedController(CalendarFeedService feeds, YearWheelService wheel, MunicipalityService municipalities,
            Mailer mailer, Clock clock) {
        this.feeds = feeds;
        this.wheel = wheel;
        this.municipalities = municipalities;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** The past year and the coming year. */
    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String municipality = feeds.municipality(token).orElseThrow(() -> new NotFoundException("Kalendern finns inte"));
        String name = municipalities.find(municipality).orElseThrow(() -> new NotFoundException("Kommunen finns inte")).name();
        LocalDate today = wheel.today();
        String ics = CalendarFeed.ics(name, wheel.entries(municipality, today.minusYears(1), today.plusYears(1)),
                baseUrl(), today, clock.instant());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .body(ics);
    }

    private String baseUrl() {
        String root = mailer.link("/");
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }
}
