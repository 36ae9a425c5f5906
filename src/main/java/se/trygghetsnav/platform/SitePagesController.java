package se.trygghetsnav.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages that belong to no feature: home, privacy, login. */
@Controller
class SitePagesController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/integritet")
    String privacy() {
        return "privacy";
    }

    @GetMapping("/logga-in")
    String login() {
        return "account/login";
    }
}
