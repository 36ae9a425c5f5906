package se.trygghetsnav.community;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My data: download everything, withdraw consents, delete the account. */
@Controller
class MyDataController {

    private final MyDataService data;

    MyDataController(MyDataService data) {
        this.data = data;
    }

    @GetMapping("/samverkan/mina-data")
    String page(CommunityUser user, Model model) {
        model.addAttribute("consents", data.consents(user.userId()));
        model.addAttribute("staff", data.isStaff(user.userId()));
        return "community/my-data";
    }

    @GetMapping("/samverkan/mina-data/export")
    ResponseEntity<Map<String, Object>> export(CommunityUser user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mina-data.json").build().toString())
                .contentType(MediaType.APPLICATION_JSON).body(data.export(user.userId()));
    }

    @PostMapping("/samverkan/mina-data/samtycken/{id}/aterkalla")
    String withdraw(CommunityUser user, @PathVariable long id, RedirectAttributes flash) {
        String kind = data.withdraw(user.userId(), id);
        if ("CODE_OF_CONDUCT".equals(kind)) {
            flash.addFlashAttribute("message", "community.myData.left");
            return "redirect:/";
        }
        flash.addFlashAttribute("message", "community.myData.withdrawn");
        return "redirect:/samverkan/mina-data";
    }

    @PostMapping("/samverkan/mina-data/radera")
    String delete(CommunityUser user, @RequestParam(defaultValue = "") String content, @RequestParam(defaultValue = "") String confirm,
            Model model, HttpServletRequest request, HttpServletResponse response, Authentication authentication,
            RedirectAttributes flash) {
        if (data.isStaff(user.userId())) {
            return page(user, model);
        }
        if (!"true".equals(confirm) || !(content.equals("KEEP") || content.equals("REMOVE"))) {
            model.addAttribute("deleteError", true);
            return page(user, model);
        }
        data.delete(user.userId(), content.equals("KEEP"));
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        flash.addFlashAttribute("message", "community.myData.deleted");
        return "redirect:/?kontoRaderat";
    }
}
