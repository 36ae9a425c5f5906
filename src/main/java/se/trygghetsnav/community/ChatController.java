package se.trygghetsnav.community;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.NotFoundException;

/** A group's chat page: works without JavaScript (post and redirect); js/chat.js adds messages live. */
@Controller
class ChatController {

    private final ChatService chat;
    private final GroupService groups;

    ChatController(ChatService chat, GroupService groups) {
        this.chat = chat;
        this.groups = groups;
    }

    @GetMapping("/samverkan/grupper/{id}/chatt")
    String show(CommunityUser user, @PathVariable long id, Model model) {
        return page(user, id, Map.of(), Map.of(), model);
    }

    @PostMapping("/samverkan/grupper/{id}/chatt")
    String send(CommunityUser user, @PathVariable long id, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) MultipartFile photo, Model model) throws IOException {
        byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
        try {
            ChatService.ChatMessage message = chat.send(user, id, body, bytes);
            return "redirect:/samverkan/grupper/" + id + "/chatt#meddelande-" + message.id();
        } catch (InvalidInputException e) {
            return page(user, id, Map.of("body", body), Map.of(e.problems().get(0).field(), e.problems().get(0).message()), model);
        } catch (RateLimitExceededException e) {
            return page(user, id, Map.of("body", body), Map.of("body", e.getMessage()), model);
        }
    }

    private String page(CommunityUser user, long id, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("group", groups.requireMember(user, id));
        model.addAttribute("messages", chat.messages(user, id));
        model.addAttribute("moderator", user.isModerator());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "community/chat";
    }

    @GetMapping("/samverkan/grupper/{id}/chatt/{messageId}/foto")
    ResponseEntity<byte[]> photo(CommunityUser user, @PathVariable long id, @PathVariable long messageId) {
        PostService.Photo photo = chat.photo(user, id, messageId).orElseThrow(() -> new NotFoundException("Ingen bild"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore()).body(photo.content());
    }
}
