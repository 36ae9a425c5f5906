package se.trygghetsnav.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /samverkan/push: turning push alerts on and off in this browser. */
@Controller
class PushPageController {

    private final PushSubscriptions subscriptions;
    private final VapidKeys vapid;

    PushPageController(PushSubscriptions subscriptions, VapidKeys vapid) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
    }

    @GetMapping("/samverkan/push")
    String page(CommunityUser user, Model model) {
        model.addAttribute("applicationServerKey", vapid.publicKey());
        model.addAttribute("subscriptions", subscriptions.count(user.userId()));
        model.addAttribute("consent", subscriptions.consented(user.userId()));
        model.addAttribute("subscribeUrl", PushSubscriptionController.PAGE);
        return "community/push/push";
    }

    /** "Stäng av": this browser's subscription (endpoint sent by js/push.js) or, without JavaScript, all of them. */
    @PostMapping("/samverkan/push/stang-av")
    String off(CommunityUser user, @RequestParam(required = false) String endpoint, RedirectAttributes flash) {
        subscriptions.unsubscribe(user, endpoint);
        flash.addFlashAttribute("message", "push.off.done");
        return "redirect:/samverkan/push";
    }
}
