package se.trygghetsnav;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * CSRF as a browser does it: read the token from a rendered form and send it back with the cookie.
 * (Spring Security's {@code csrf()} test helper swaps the application's token repository for a
 * session-based one, which would hide that the real application creates no session.)
 */
public final class BrowserLikeCsrf {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private BrowserLikeCsrf() {}

    public static RequestPostProcessor from(MockMvc mvc, String pageWithForm) throws Exception {
        MvcResult page = mvc.perform(get(pageWithForm)).andReturn();
        Cookie cookie = page.getResponse().getCookie("XSRF-TOKEN");
        Matcher token = HIDDEN_TOKEN.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        if (cookie == null || !token.find()) {
            throw new IllegalStateException("No CSRF token on " + pageWithForm);
        }
        String value = token.group(1);
        return request -> {
            request.setCookies(cookie);
            request.setParameter("_csrf", value);
            return request;
        };
    }
}
