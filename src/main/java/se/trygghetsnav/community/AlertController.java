package se.trygghetsnav.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification list page (aviseringar). */
@Controller
@RequestMapping("/samverkan/aviseringar")
class AlertController {

    private final AlertList alerts;

    AlertController(AlertList alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    String list(CommunityUser user, Model model) {
        model.addAttribute("page", alerts.list(user));
        return "community/alerts/list";
    }

    /** Opening an alert marks it read and shows the post. */
    @GetMapping("/{id}")
    String open(CommunityUser user, @PathVariable long id) {
        long postId = alerts.markRead(user, id);
        return "redirect:/samverkan/inlagg/" + postId;
    }

    @PostMapping("/lasta")
    String markAllRead(CommunityUser user, RedirectAttributes flash) {
        alerts.markAllRead(user);
        flash.addFlashAttribute("message", "alert.list.allRead");
        return "redirect:/samverkan/aviseringar";
    }
}
