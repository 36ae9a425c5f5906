package se.trygghetsnav.community;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.InvalidInputException;

/** Groups: the list, creating one, joining and leaving, the group's feed and map, members and join requests. */
@Controller
class GroupController {

    private final GroupService groups;
    private final PostService posts;

    GroupController(GroupService groups, PostService posts) {
        this.groups = groups;
        this.posts = posts;
    }

    @GetMapping("/samverkan/grupper")
    String list(CommunityUser user, Model model) {
        return listPage(user, Map.of(), Map.of(), model);
    }

    @PostMapping("/samverkan/grupper")
    String create(CommunityUser user, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        try {
            long id = groups.create(user, params.get("name"), params.get("description"), "true".equals(params.get("locked")));
            flash.addFlashAttribute("message", "community.group.created");
            return "redirect:/samverkan/grupper/" + id;
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.put(p.field(), p.message()));
            return listPage(user, params, errors, model);
        }
    }

    private String listPage(CommunityUser user, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("groups", groups.list(user));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "community/groups";
    }

    /** Members see the feed and map; others only the name, whether it is locked, and how to join. */
    @GetMapping("/samverkan/grupper/{id}")
    String show(CommunityUser user, @PathVariable long id, Model model) {
        GroupService.GroupView group = groups.get(user, id);
        model.addAttribute("group", group);
        if (group.member()) {
            model.addAttribute("posts", posts.feed(user, id, PostController.FEED_SIZE));
            model.addAttribute("pointsUrl", "/samverkan/inlagg.geojson?grupp=" + id);
        }
        return "community/group";
    }

    @PostMapping("/samverkan/grupper/{id}/ga-med")
    String join(CommunityUser user, @PathVariable long id, RedirectAttributes flash) {
        String status = groups.join(user, id);
        flash.addFlashAttribute("message", "PENDING".equals(status) ? "community.group.requested" : "community.group.joined");
        return "redirect:/samverkan/grupper/" + id;
    }

    @PostMapping("/samverkan/grupper/{id}/lamna")
    String leave(CommunityUser user, @PathVariable long id, RedirectAttributes flash) {
        groups.leave(user, id);
        flash.addFlashAttribute("message", "community.group.left");
        return "redirect:/samverkan/grupper";
    }

    @GetMapping("/samverkan/grupper/{id}/medlemmar")
    String members(CommunityUser user, @PathVariable long id, Model model) {
        GroupService.GroupView group = groups.requireMember(user, id);
        model.addAttribute("group", group);
        model.addAttribute("members", groups.members(user, id));
        model.addAttribute("pending", group.admin() ? groups.pending(user, id) : java.util.List.of());
        model.addAttribute("userId", user.userId());
        return "community/members";
    }

    @PostMapping("/samverkan/grupper/{id}/forfragningar/{userId}/godkann")
    String approve(CommunityUser user, @PathVariable long id, @PathVariable long userId, RedirectAttributes flash) {
        groups.approve(user, id, userId);
        flash.addFlashAttribute("message", "community.group.approved");
        return "redirect:/samverkan/grupper/" + id + "/medlemmar";
    }

    @PostMapping("/samverkan/grupper/{id}/forfragningar/{userId}/avsla")
    String decline(CommunityUser user, @PathVariable long id, @PathVariable long userId, RedirectAttributes flash) {
        groups.decline(user, id, userId);
        flash.addFlashAttribute("message", "community.group.declined");
        return "redirect:/samverkan/grupper/" + id + "/medlemmar";
    }

    @PostMapping("/samverkan/grupper/{id}/medlemmar/{userId}/admin")
    String appoint(CommunityUser user, @PathVariable long id, @PathVariable long userId, RedirectAttributes flash) {
        groups.appointAdmin(user, id, userId);
        flash.addFlashAttribute("message", "community.group.appointed");
        return "redirect:/samverkan/grupper/" + id + "/medlemmar";
    }

    @PostMapping("/samverkan/grupper/{id}/medlemmar/{userId}/ta-bort")
    String remove(CommunityUser user, @PathVariable long id, @PathVariable long userId, RedirectAttributes flash) {
        groups.removeMember(user, id, userId);
        flash.addFlashAttribute("message", "community.group.memberRemoved");
        return "redirect:/samverkan/grupper/" + id + "/medlemmar";
    }
}
