package se.trygghetsnav.community;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Community errors, before the platform's handlers: a person who has not joined is sent to the join
 * page (JSON: 403 problem), a member who posts too often gets 429 (pages catch that themselves).
 */
@ControllerAdvice(basePackageClasses = CommunityExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommunityExceptionHandler {

    private final MessageSource messages;

    CommunityExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotAMemberException.class)
    ResponseEntity<?> notAMember(NotAMemberException e, HttpServletRequest request) {
        if (wantsJson(request)) {
            return problem(HttpStatus.FORBIDDEN, "community.error.notMember.title", e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(request.getContextPath() + "/samverkan/ga-med")).build();
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> tooMany(RateLimitExceededException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemDetail(HttpStatus.TOO_MANY_REQUESTS, "community.error.rateLimit.title", e.getMessage()));
    }

    @ExceptionHandler(CommunityApiController.PhotoTooLargeException.class)
    ResponseEntity<ProblemDetail> photoTooLarge(CommunityApiController.PhotoTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge.title", e.getMessage());
    }

    /** The JSON API, or a page's script that sends or asks for JSON (e.g. the push subscription). */
    private static boolean wantsJson(HttpServletRequest request) {
        String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
        String contentType = String.valueOf(request.getContentType());
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains(MediaType.TEXT_HTML_VALUE))
                || contentType.startsWith(MediaType.APPLICATION_JSON_VALUE);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemDetail(status, titleKey, detail));
    }

    private ProblemDetail problemDetail(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleKey, null, titleKey, LocaleContextHolder.getLocale()));
        return problem;
    }
}
