package se.trygghetsnav.community;

import java.util.ArrayList;
import java.util.List;
import se.trygghetsnav.municipality.Sweref99;
import se.trygghetsnav.platform.ImageSanitizer;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** Rules for what a post, comment or chat message may contain. Pure. */
final class PostRules {

    static final int MAX_BODY = 2000;
    static final long MAX_PHOTO_BYTES = ImageSanitizer.MAX_UPLOAD_BYTES;

    private PostRules() {}

    /** Text is counted in characters (code points) after trimming, like the counter on the page. */
    static int length(String text) {
        return text == null ? 0 : text.strip().codePointCount(0, text.strip().length());
    }

    static boolean validBody(String body) {
        int length = length(body);
        return length >= 1 && length <= MAX_BODY;
    }

    /** Chat messages may be empty when they carry a photo. */
    static boolean validChatBody(String body, boolean hasPhoto) {
        int length = length(body);
        return length <= MAX_BODY && (length >= 1 || hasPhoto);
    }

    static List<InputProblem> problems(String body, Double latitude, Double longitude, byte[] photo) {
        List<InputProblem> problems = new ArrayList<>();
        if (length(body) == 0) {
            problems.add(new InputProblem("body", "Skriv vad som har hänt."));
        } else if (length(body) > MAX_BODY) {
            problems.add(new InputProblem("body", "Texten får vara högst 2 000 tecken."));
        }
        if (latitude == null || longitude == null || !Sweref99.isPlausibleSwedishLatLng(latitude, longitude)) {
            problems.add(new InputProblem("latitude", "Markera platsen på kartan eller ange latitud och longitud i Sverige."));
        }
        if (photo != null && photo.length > MAX_PHOTO_BYTES) {
            problems.add(new InputProblem("photo", "Bilden får vara högst 10 MB."));
        }
        return problems;
    }
}
