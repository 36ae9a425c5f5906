package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.community.ModerationActionKind.BAN_GROUP;
import static se.trygghetsnav.community.ModerationActionKind.BAN_PLATFORM;
import static se.trygghetsnav.community.ModerationActionKind.DISMISS;
import static se.trygghetsnav.community.ModerationActionKind.HIDE;
import static se.trygghetsnav.community.ModerationActionKind.REMOVE;
import static se.trygghetsnav.community.ModerationActionKind.RESTORE;
import static se.trygghetsnav.community.ModerationActionKind.WARN;

import org.junit.jupiter.api.Test;
import se.trygghetsnav.community.ModerationRules.ContentState;
import se.trygghetsnav.community.ModerationRules.Situation;

class ModerationRulesTest {

    private static Situation publicContent(ContentState state, boolean open, boolean moderator) {
        return new Situation(state, open, false, true, false, false, moderator);
    }

    @Test
    void visibleOpenPublicContentCanBeHiddenRemovedWarnedBannedOrDismissedByAModerator() {
        assertThat(ModerationRules.allowedActions(publicContent(ContentState.VISIBLE, true, true)))
                .containsExactlyInAnyOrder(HIDE, REMOVE, WARN, BAN_PLATFORM, DISMISS);
    }

    @Test
    void hiddenContentCanBeRestoredOrRemovedButNotHiddenAgain() {
        assertThat(ModerationRules.allowedActions(publicContent(ContentState.HIDDEN, false, true)))
                .contains(RESTORE, REMOVE).doesNotContain(HIDE, DISMISS);
    }

    @Test
    void onlyModeratorsRestoreRemovedContent() {
        Situation admin = new Situation(ContentState.REMOVED, false, true, true, false, false, false);
        assertThat(ModerationRules.allowed(RESTORE, admin)).isFalse();
        assertThat(ModerationRules.allowed(REMOVE, admin)).isFalse();
        assertThat(ModerationRules.allowed(RESTORE, publicContent(ContentState.REMOVED, false, true))).isTrue();
    }

    @Test
    void groupAdminsBanFromTheirGroupButNotFromThePlatform() {
        Situation admin = new Situation(ContentState.VISIBLE, true, true, true, false, false, false);
        assertThat(ModerationRules.allowed(BAN_GROUP, admin)).isTrue();
        assertThat(ModerationRules.allowed(BAN_PLATFORM, admin)).isFalse();
        assertThat(ModerationRules.allowed(BAN_GROUP, publicContent(ContentState.VISIBLE, true, true))).isFalse();
    }

    @Test
    void nobodyIsBannedTwiceAndADeletedAuthorCannotBeWarned() {
        assertThat(ModerationRules.allowed(BAN_GROUP, new Situation(ContentState.VISIBLE, true, true, true, true, false, true))).isFalse();
        assertThat(ModerationRules.allowed(BAN_PLATFORM, new Situation(ContentState.VISIBLE, true, false, true, false, true, true))).isFalse();
        Situation deletedAuthor = new Situation(ContentState.VISIBLE, true, false, false, false, false, true);
        assertThat(ModerationRules.allowed(WARN, deletedAuthor)).isFalse();
        assertThat(ModerationRules.allowed(BAN_PLATFORM, deletedAuthor)).isFalse();
        assertThat(ModerationRules.allowed(HIDE, deletedAuthor)).isTrue();
    }

    @Test
    void restoringLeavesTheReportAsItIsEverythingElseClosesIt() {
        assertThat(ModerationRules.closesReport(RESTORE)).isFalse();
        assertThat(ModerationRules.closesReport(HIDE)).isTrue();
        assertThat(ModerationRules.closesReport(DISMISS)).isTrue();
    }
}
