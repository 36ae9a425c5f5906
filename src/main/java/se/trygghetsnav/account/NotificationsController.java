package se.trygghetsnav.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The inbox: feedback on reports, pictures to decide on. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/meddelanden")
    String inbox(Actor actor, Model model) {
        model.addAttribute("notifications", notifications.inbox(actor.userId()));
        return "account/notifications";
    }

    @PostMapping("/meddelanden/lasta")
    String markRead(Actor actor) {
        notifications.markAllRead(actor.userId());
        return "redirect:/meddelanden";
    }
}
