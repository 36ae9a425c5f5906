package se.trygghetsnav.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in person: their id and memberships travel with the authentication. */
public class AccountPrincipal extends User {

    private final long userId;
    private final String displayName;
    private final List<Membership> memberships;

    AccountPrincipal(long userId, String email, String passwordHash, boolean enabled, boolean nonLocked, String displayName,
            List<Membership> memberships, Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash == null ? "" : passwordHash, enabled && passwordHash != null, true, true, nonLocked, authorities);
        this.userId = userId;
        this.displayName = displayName;
        this.memberships = List.copyOf(memberships);
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public List<Membership> memberships() {
        return memberships;
    }
}
