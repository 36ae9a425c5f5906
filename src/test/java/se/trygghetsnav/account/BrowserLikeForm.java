package se.trygghetsnav.account;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The CSRF token of a rendered form, read as a browser would, optionally as a logged-in person. */
final class BrowserLikeForm {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private BrowserLikeForm() {}

    static RequestPostProcessor csrfFrom(MockMvc mvc, String page) throws Exception {
        return csrfFrom(mvc, page, null);
    }

    static RequestPostProcessor csrfFrom(MockMvc mvc, String page, RequestPostProcessor user) throws Exception {
        MockHttpServletRequestBuilder request = get(page);
        if (user != null) {
            request.with(user);
        }
        MvcResult result = mvc.perform(request).andReturn();
        Cookie cookie = result.getResponse().getCookie("XSRF-TOKEN");
        Matcher token = HIDDEN_TOKEN.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        if (cookie == null || !token.find()) {
            throw new IllegalStateException("No CSRF token on " + page);
        }
        String value = token.group(1);
        return r -> {
            r.setCookies(cookie);
            r.setParameter("_csrf", value);
            return r;
        };
    }
}
