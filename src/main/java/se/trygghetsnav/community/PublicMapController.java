package se.trygghetsnav.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.NotFoundException;

/** The public map of a municipality's community (no login): PUBLIC posts only, at their stored positions. */
@Controller
class PublicMapController {

    static final int PUBLIC_SIZE = 300;

    private final PostService posts;
    private final MunicipalityService municipalities;

    PublicMapController(PostService posts, MunicipalityService municipalities) {
        this.posts = posts;
        this.municipalities = municipalities;
    }

    @GetMapping("/trygghet/{code}/samverkan")
    String map(@PathVariable String code, Model model) {
        var municipality = municipalities.find(code).orElseThrow(() -> new NotFoundException("Kommunen finns inte"));
        model.addAttribute("municipality", municipality);
        model.addAttribute("posts", posts.publicPosts(code, PUBLIC_SIZE));
        model.addAttribute("pointsUrl", "/api/v1/community/public/" + code + "/posts");
        return "community/public-map";
    }
}
