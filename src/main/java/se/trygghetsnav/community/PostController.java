package se.trygghetsnav.community;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/** The community feed, writing a post, and a post's page with its comments. */
@Controller
class PostController {

    static final int FEED_SIZE = 200;

    private final PostService posts;
    private final GroupService groups;

    PostController(PostService posts, GroupService groups) {
        this.posts = posts;
        this.groups = groups;
    }

    @GetMapping("/samverkan")
    String feed(CommunityUser user, Model model) {
        model.addAttribute("posts", posts.feed(user, null, FEED_SIZE));
        model.addAttribute("pointsUrl", "/samverkan/inlagg.geojson");
        return "community/feed";
    }

    @GetMapping(value = "/samverkan/inlagg.geojson", produces = {"application/geo+json", "application/json"})
    @ResponseBody
    Map<String, Object> feedGeoJson(CommunityUser user, @RequestParam(name = "grupp", required = false) Long groupId) {
        if (groupId != null) {
            groups.requireMember(user, groupId);
        }
        return CommunityGeoJson.members(posts.feed(user, groupId, FEED_SIZE));
    }

    @GetMapping(value = "/samverkan/inlagg/{id}/punkt.geojson", produces = {"application/geo+json", "application/json"})
    @ResponseBody
    Map<String, Object> pointGeoJson(CommunityUser user, @PathVariable long id) {
        return CommunityGeoJson.members(java.util.List.of(posts.get(user, id)));
    }

    @GetMapping("/samverkan/inlagg/ny")
    String form(CommunityUser user, @RequestParam(name = "grupp", required = false) Long groupId,
            @RequestParam(name = "organisation", required = false) Long organisationId, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("priority", "GREEN");
        values.put("visibility", "PUBLIC");
        values.put("exact", "false");
        if (groupId != null) {
            values.put("visibility", "GROUP:" + groupId);
        } else if (organisationId != null) {
            values.put("visibility", "ORGANISATION:" + organisationId);
        }
        return formPage(user, values, Map.of(), false, model);
    }

    @PostMapping("/samverkan/inlagg/ny")
    String create(CommunityUser user, @RequestParam Map<String, String> params,
            @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes flash) throws IOException {
        byte[] photoBytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
        Map<String, String> errors = new LinkedHashMap<>();
        PostService.NewPost post = PostForm.parse(params, photoBytes, errors);
        if (errors.isEmpty()) {
            try {
                long id = posts.create(user, post);
                flash.addFlashAttribute("message", "community.post.published");
                return "redirect:/samverkan/inlagg/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            } catch (RateLimitExceededException e) {
                model.addAttribute("rateLimited", e.retryAfterMinutes());
            }
        }
        return formPage(user, params, errors, photoBytes != null, model);
    }

    private String formPage(CommunityUser user, Map<String, String> values, Map<String, String> errors, boolean photoRetry, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("photoRetry", photoRetry);
        model.addAttribute("groups", groups.list(user).stream().filter(GroupService.GroupView::member).toList());
        model.addAttribute("organisations", posts.verifiedOrganisations(user.municipalityCode()));
        model.addAttribute("badgeOrganisations", posts.badgeOrganisations(user));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("maxBody", PostRules.MAX_BODY);
        return "community/post-form";
    }

    @GetMapping("/samverkan/inlagg/{id}")
    String show(CommunityUser user, @PathVariable long id, Model model) {
        return showPage(user, id, Map.of(), Map.of(), model);
    }

    private String showPage(CommunityUser user, long id, Map<String, String> values, Map<String, String> errors, Model model) {
        PostView post = posts.get(user, id);
        model.addAttribute("post", post);
        model.addAttribute("comments", posts.comments(user, id));
        model.addAttribute("own", post.authorId() != null && post.authorId() == user.userId());
        model.addAttribute("userId", user.userId());
        model.addAttribute("moderator", user.isModerator());
        model.addAttribute("coordinator", user.hasMunicipalRole(Role.COORDINATOR));
        model.addAttribute("groupAdmin", post.groupId() != null && groups.get(user, post.groupId()).admin());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("maxBody", PostRules.MAX_BODY);
        return "community/post";
    }

    @GetMapping("/samverkan/inlagg/{id}/foto")
    ResponseEntity<byte[]> photo(CommunityUser user, @PathVariable long id) {
        PostService.Photo photo = posts.photo(user, id).orElseThrow(() -> new NotFoundException("Ingen bild"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore()).body(photo.content());
    }

    @PostMapping("/samverkan/inlagg/{id}/kommentarer")
    String comment(CommunityUser user, @PathVariable long id, @RequestParam(defaultValue = "") String body, Model model,
            RedirectAttributes flash) {
        try {
            long commentId = posts.comment(user, id, body);
            flash.addFlashAttribute("message", "community.comment.added");
            return "redirect:/samverkan/inlagg/" + id + "#kommentar-" + commentId;
        } catch (InvalidInputException e) {
            return showPage(user, id, Map.of("body", body), Map.of("body", e.problems().get(0).message()), model);
        } catch (RateLimitExceededException e) {
            return showPage(user, id, Map.of("body", body), Map.of("body", e.getMessage()), model);
        }
    }

    @PostMapping("/samverkan/inlagg/{id}/kommentarer/{commentId}/ta-bort")
    String removeComment(CommunityUser user, @PathVariable long id, @PathVariable long commentId, RedirectAttributes flash) {
        posts.removeComment(user, id, commentId);
        flash.addFlashAttribute("message", "community.comment.removed");
        return "redirect:/samverkan/inlagg/" + id;
    }

    @PostMapping("/samverkan/inlagg/{id}/ta-bort")
    String remove(CommunityUser user, @PathVariable long id, RedirectAttributes flash) {
        posts.remove(user, id);
        flash.addFlashAttribute("message", "community.post.removed");
        return "redirect:/samverkan";
    }
}
