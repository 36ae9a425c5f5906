package se.trygghetsnav;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * CSRF as a browser does it: read the token from a rendered form (optionally as a logged-in
 * person) and send it back with the cookie. (Spring Security's {@code csrf()} test helper swaps the
 * application's token repository for a session-based one, which would hide that the real
 * application creates no session.)
 */
public final class BrowserLikeCsrf {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private BrowserLikeCsrf() {}

    public static RequestPostProcessor from(MockMvc mvc, String pageWithForm) throws Exception {
        return from(mvc, pageWithForm, null);
    }

    /** The token of the form on the page, fetched as the given person (null: anonymous). */
    public static RequestPostProcessor from(MockMvc mvc, String pageWithForm, RequestPostProcessor person) throws Exception {
        MockHttpServletRequestBuilder request = get(pageWithForm);
        if (person != null) {
            request.with(person);
        }
        MvcResult page = mvc.perform(request).andReturn();
        Cookie cookie = page.getResponse().getCookie("XSRF-TOKEN");
        Matcher token = HIDDEN_TOKEN.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        if (cookie == null || !token.find()) {
            throw new IllegalStateException("No CSRF token on " + pageWithForm);
        }
        String value = token.group(1);
        return r -> {
            if (person != null) {
                person.postProcessRequest(r);
            }
            r.setCookies(cookie);
            r.setParameter("_csrf", value);
            return r;
        };
    }
}
