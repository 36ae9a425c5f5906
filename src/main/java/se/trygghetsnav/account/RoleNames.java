package se.trygghetsnav.account;

import se.trygghetsnav.platform.Role;

/** Swedish role names for e-mails (pages use the message files). */
final class RoleNames {

    private RoleNames() {}

    static String swedish(Role role) {
        return switch (role) {
            case COORDINATOR -> "trygghetssamordnare";
            case REPORTER -> "rapportör";
            case ANALYST -> "analytiker";
            case MANAGER -> "chef (mottagare av lägesbilden)";
            case OPERATOR -> "operatör";
            case MODERATOR -> "moderator";
        };
    }
}
