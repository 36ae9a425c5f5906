package se.trygghetsnav.walk;

import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Mailer;

/** The årshjul page, and the coordinator's secret link to it as a calendar feed. */
@Controller
@RequestMapping("/lagesbild/arshjul")
class YearWheelController {

    private final YearWheelService wheel;
    private final CalendarFeedService feeds;
    private final Mailer mailer;

    YearWheelController(YearWheelService wheel, CalendarFeedService feeds, Mailer mailer) {
        this.wheel = wheel;
        this.feeds = feeds;
        this.mailer = mailer;
    }

    @GetMapping
    String show(Actor actor, @RequestParam(name = "ar", required = false) String year, Model model, Locale locale) {
        int chosen = wheel.today().getYear();
        try {
            int asked = year == null ? chosen : Integer.parseInt(year.strip());
            chosen = asked >= 2000 && asked <= 2100 ? asked : chosen;
        } catch (NumberFormatException e) {
            // an unreadable year shows this year
        }
        YearWheel yearWheel = wheel.wheel(actor, chosen);
        model.addAttribute("wheel", yearWheel);
        model.addAttribute("monthNames", java.util.Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        model.addAttribute("feedCreated", feeds.active(actor).orElse(null));
        return "walk/year";
    }

    @PostMapping("/kalender")
    String renew(Actor actor, RedirectAttributes flash) {
        String token = feeds.renew(actor);
        String https = mailer.link("/kalender/" + token + ".ics");
        flash.addFlashAttribute("feedUrl", https);
        flash.addFlashAttribute("webcalUrl", https.replaceFirst("^https?://", "webcal://"));
        flash.addFlashAttribute("message", "year.feed.created");
        return "redirect:/lagesbild/arshjul";
    }

    @PostMapping("/kalender/aterkalla")
    String revoke(Actor actor, RedirectAttributes flash) {
        feeds.revoke(actor);
        flash.addFlashAttribute("message", "year.feed.revoked");
        return "redirect:/lagesbild/arshjul";
    }
}
