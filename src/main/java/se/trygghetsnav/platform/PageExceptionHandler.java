package se.trygghetsnav.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors on pages become a friendly Swedish page with the right status; never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) throws Exception {
        HttpStatus status = ErrorPages.statusOf(e);
        if (status == null) {
            log.error("Oväntat fel på en sida", e);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return ErrorPages.page(status);
    }
}
