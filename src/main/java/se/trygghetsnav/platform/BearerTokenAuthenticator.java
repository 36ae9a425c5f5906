package se.trygghetsnav.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/** Turns a personal access token from {@code Authorization: Bearer ...} into an authentication. */
public interface BearerTokenAuthenticator {

    Optional<Authentication> authenticate(String token);
}
