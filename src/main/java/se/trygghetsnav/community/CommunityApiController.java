package se.trygghetsnav.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;

/**
 * The community platform for programs and apps (bearer token of a member): posts, comments, groups,
 * chat and the member's own data; and the public map's posts as GeoJSON without a token.
 */
@RestController
@RequestMapping("/api/v1/community")
@Tag(name = "Samverkan", description = "Samhällssamverkan: inlägg på kartan, kommentarer, grupper, chatt och mina data (kräver åtkomstnyckel för en medlem)")
class CommunityApiController {

    private final PostService posts;
    private final GroupService groups;
    private final ChatService chat;
    private final MyDataService myData;
    private final MunicipalityService municipalities;

    CommunityApiController(PostService posts, GroupService groups, ChatService chat, MyDataService myData,
            MunicipalityService municipalities) {
        this.posts = posts;
        this.groups = groups;
        this.chat = chat;
        this.myData = myData;
        this.municipalities = municipalities;
    }

    /** A post as JSON: text, priority, who sees it, the stored position (exact or approximate), the author. */
    record PostRequest(String body, String priority, String visibility, Long groupId, Long organisationId, Double latitude,
            Double longitude, Boolean exactPosition, Long badgeOrganisationId, String badgeRole) {

        PostService.NewPost toNewPost(byte[] photo) {
            List<InputProblem> problems = new ArrayList<>();
            Priority p = null;
            try {
                p = Priority.valueOf(String.valueOf(priority));
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem("priority", "priority ska vara GREEN, YELLOW eller RED"));
            }
            Visibility v = Visibility.PUBLIC;
            if (visibility != null) {
                try {
                    v = Visibility.valueOf(visibility);
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem("visibility", "visibility ska vara PUBLIC, GROUP eller ORGANISATION"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new PostService.NewPost(body, p, v, groupId, organisationId, latitude, longitude,
                    Boolean.TRUE.equals(exactPosition), badgeOrganisationId, badgeRole, photo);
        }
    }

    record TextRequest(String body) {}

    record GroupRequest(String name, String description, Boolean locked) {}

    record JoinResult(String status) {}

    @GetMapping("/posts")
    @Operation(summary = "Mitt flöde: inlägg jag får se i min kommuns samverkan, nyast först; group = en grupps inlägg")
    List<PostView> feed(CommunityUser user, @RequestParam(required = false) Long group, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > PostController.FEED_SIZE) {
            throw new InvalidInputException(List.of(new InputProblem("limit", "limit ska vara mellan 1 och " + PostController.FEED_SIZE)));
        }
        if (group != null) {
            groups.requireMember(user, group);
        }
        return posts.feed(user, group, limit);
    }

    @PostMapping(value = "/posts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Skriv ett inlägg (JSON); en bild kan laddas upp efteråt till /posts/{id}/photo. Högst 5 inlägg på 10 minuter och 30 per dygn (429)")
    ResponseEntity<PostView> create(CommunityUser user, @RequestBody PostRequest request) {
        return created(user, posts.create(user, request.toNewPost(null)));
    }

    @PostMapping(value = "/posts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Skriv ett inlägg med bild (multipart: delen post som JSON och delen photo, JPEG eller PNG, högst 10 MB)")
    ResponseEntity<PostView> createWithPhoto(CommunityUser user, @RequestPart("post") PostRequest request,
            @RequestPart(value = "photo", required = false) MultipartFile photo) throws IOException {
        return created(user, posts.create(user, request.toNewPost(bytes(photo))));
    }

    private ResponseEntity<PostView> created(CommunityUser user, long id) {
        return ResponseEntity.created(URI.create("/api/v1/community/posts/" + id)).body(posts.get(user, id));
    }

    @PostMapping(value = "/posts/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Ladda upp bilden till ett eget inlägg utan bild (delen photo); metadata som GPS tas bort")
    ResponseEntity<PostView> uploadPhoto(CommunityUser user, @PathVariable long id, @RequestPart("photo") MultipartFile photo)
            throws IOException {
        posts.addPhoto(user, id, bytes(photo));
        return ResponseEntity.created(URI.create("/api/v1/community/posts/" + id + "/photo")).body(posts.get(user, id));
    }

    @GetMapping("/posts/{id}")
    @Operation(summary = "Ett inlägg")
    PostView get(CommunityUser user, @PathVariable long id) {
        return posts.get(user, id);
    }

    @GetMapping("/posts/{id}/photo")
    @Operation(summary = "Inläggets bild (JPEG utan metadata)")
    ResponseEntity<byte[]> photo(CommunityUser user, @PathVariable long id) {
        PostService.Photo photo = posts.photo(user, id).orElseThrow(() -> new NotFoundException("Ingen bild"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).cacheControl(CacheControl.noStore())
                .body(photo.content());
    }

    @DeleteMapping("/posts/{id}")
    @Operation(summary = "Ta bort ett eget inlägg (moderatorer: vilket som helst)")
    ResponseEntity<Void> remove(CommunityUser user, @PathVariable long id) {
        posts.remove(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/posts/{id}/comments")
    @Operation(summary = "Inläggets kommentarer, äldst först")
    List<PostService.Comment> comments(CommunityUser user, @PathVariable long id) {
        return posts.comments(user, id);
    }

    @PostMapping("/posts/{id}/comments")
    @Operation(summary = "Kommentera ett inlägg (body, 1 till 2 000 tecken)")
    ResponseEntity<PostService.Comment> comment(CommunityUser user, @PathVariable long id, @RequestBody TextRequest request) {
        long commentId = posts.comment(user, id, request.body());
        PostService.Comment comment = posts.comments(user, id).stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/community/posts/" + id + "/comments")).body(comment);
    }

    @GetMapping("/groups")
    @Operation(summary = "Min kommuns grupper, med min status i varje (null, MEMBER, PENDING eller BANNED)")
    List<GroupService.GroupView> groups(CommunityUser user) {
        return groups.list(user);
    }

    @PostMapping("/groups")
    @Operation(summary = "Skapa en grupp (name, description, locked); den som skapar blir administratör")
    ResponseEntity<GroupService.GroupView> createGroup(CommunityUser user, @RequestBody GroupRequest request) {
        long id = groups.create(user, request.name(), request.description(), Boolean.TRUE.equals(request.locked()));
        return ResponseEntity.created(URI.create("/api/v1/community/groups/" + id)).body(groups.get(user, id));
    }

    @GetMapping("/groups/{id}")
    @Operation(summary = "En grupp")
    GroupService.GroupView group(CommunityUser user, @PathVariable long id) {
        return groups.get(user, id);
    }

    @PostMapping("/groups/{id}/join")
    @Operation(summary = "Gå med: en öppen grupp direkt (MEMBER), en låst efter godkännande (PENDING)")
    JoinResult join(CommunityUser user, @PathVariable long id) {
        return new JoinResult(groups.join(user, id));
    }

    @PostMapping("/groups/{id}/leave")
    @Operation(summary = "Lämna gruppen")
    ResponseEntity<Void> leave(CommunityUser user, @PathVariable long id) {
        groups.leave(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/groups/{id}/members")
    @Operation(summary = "Gruppens medlemmar (bara för medlemmar)")
    List<GroupService.GroupMember> members(CommunityUser user, @PathVariable long id) {
        return groups.members(user, id);
    }

    @GetMapping("/groups/{id}/requests")
    @Operation(summary = "Förfrågningar som väntar på godkännande (gruppens administratörer)")
    List<GroupService.GroupMember> requests(CommunityUser user, @PathVariable long id) {
        return groups.pending(user, id);
    }

    @PostMapping("/groups/{id}/requests/{userId}/approve")
    @Operation(summary = "Godkänn en förfrågan (administratörer)")
    ResponseEntity<Void> approve(CommunityUser user, @PathVariable long id, @PathVariable long userId) {
        groups.approve(user, id, userId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/groups/{id}/requests/{userId}/decline")
    @Operation(summary = "Avslå en förfrågan (administratörer)")
    ResponseEntity<Void> decline(CommunityUser user, @PathVariable long id, @PathVariable long userId) {
        groups.decline(user, id, userId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/groups/{id}/members/{userId}/admin")
    @Operation(summary = "Gör en medlem till administratör (administratörer)")
    ResponseEntity<Void> appoint(CommunityUser user, @PathVariable long id, @PathVariable long userId) {
        groups.appointAdmin(user, id, userId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/groups/{id}/members/{userId}")
    @Operation(summary = "Ta bort en medlem ur gruppen (administratörer)")
    ResponseEntity<Void> removeMember(CommunityUser user, @PathVariable long id, @PathVariable long userId) {
        groups.removeMember(user, id, userId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/groups/{id}/chat")
    @Operation(summary = "Gruppens chatt, de senaste 100 meddelandena, äldst först")
    List<ChatService.ChatMessage> chat(CommunityUser user, @PathVariable long id) {
        return chat.messages(user, id);
    }

    @PostMapping(value = "/groups/{id}/chat", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Skriv i gruppens chatt (body)")
    ResponseEntity<ChatService.ChatMessage> send(CommunityUser user, @PathVariable long id, @RequestBody TextRequest request) {
        ChatService.ChatMessage message = chat.send(user, id, request.body(), null);
        return ResponseEntity.created(URI.create("/api/v1/community/groups/" + id + "/chat")).body(message);
    }

    @PostMapping(value = "/groups/{id}/chat", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Skriv i gruppens chatt med en bild (multipart: body och photo)")
    ResponseEntity<ChatService.ChatMessage> sendWithPhoto(CommunityUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String body, @RequestPart(value = "photo", required = false) MultipartFile photo)
            throws IOException {
        ChatService.ChatMessage message = chat.send(user, id, body, bytes(photo));
        return ResponseEntity.created(URI.create("/api/v1/community/groups/" + id + "/chat")).body(message);
    }

    @GetMapping("/me/export")
    @Operation(summary = "Alla mina uppgifter i samverkan (dataportabilitet enligt GDPR)")
    Map<String, Object> export(CommunityUser user) {
        return myData.export(user.userId());
    }

    @DeleteMapping("/me")
    @Operation(summary = "Ta bort mitt konto; content=REMOVE tar bort mina inlägg, content=KEEP behåller dem som Borttagen användare")
    ResponseEntity<Void> delete(CommunityUser user, @RequestParam String content) {
        if (!content.equals("KEEP") && !content.equals("REMOVE")) {
            throw new InvalidInputException(List.of(new InputProblem("content", "content ska vara KEEP eller REMOVE")));
        }
        if (myData.isStaff(user.userId())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Konton som hör till en kommun tas bort av kommunens trygghetssamordnare");
        }
        myData.delete(user.userId(), content.equals("KEEP"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/public/{code}/posts", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Kommunens offentliga inlägg som GeoJSON (utan inloggning): bara PUBLIC, på sina sparade, ofta ungefärliga, platser")
    Map<String, Object> publicPosts(@PathVariable String code) {
        municipalities.find(code).orElseThrow(() -> new NotFoundException("Kommunen finns inte"));
        return CommunityGeoJson.anonymous(posts.publicPosts(code, PublicMapController.PUBLIC_SIZE));
    }

    private static byte[] bytes(MultipartFile photo) throws IOException {
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        if (photo.getSize() > PostRules.MAX_PHOTO_BYTES) {
            throw new PhotoTooLargeException();
        }
        return photo.getBytes();
    }

    /** A photo over 10 MB (413 from {@link CommunityExceptionHandler}). */
    static class PhotoTooLargeException extends RuntimeException {
        PhotoTooLargeException() {
            super("Bilden får vara högst 10 MB");
        }
    }
}
