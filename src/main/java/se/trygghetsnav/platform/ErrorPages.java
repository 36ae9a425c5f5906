package se.trygghetsnav.platform;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** The friendly error page: one template, a Swedish text per status. */
final class ErrorPages {

    private ErrorPages() {}

    static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey(status.value()));
        return page;
    }

    static String messageKey(int status) {
        return switch (status) {
            case 400, 404, 403, 405, 413, 401 -> "error.page." + status;
            default -> status >= 500 ? "error.page.500" : "error.page.400";
        };
    }

    /** Status carried by well-known framework exceptions; null when the error is unexpected. */
    static HttpStatus statusOf(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security turns this into a login redirect or a 403
        }
        if (e instanceof InvalidInputException) {
            return HttpStatus.BAD_REQUEST; // a page that did not catch its own validation: still no 500
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            // a malformed address (/omrade/abc) names nothing that exists; a malformed parameter is a bad request
            return mismatch.getParameter().hasParameterAnnotation(PathVariable.class) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        }
        if (e instanceof ErrorResponse response) {
            return HttpStatus.resolve(response.getStatusCode().value());
        }
        return null;
    }
}
