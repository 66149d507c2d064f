package eu.praxis.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.member.MemberService;
import eu.praxis.security.ApiTokenItem;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The API tokens on one's own profile: create with a label, see the secret once, revoke. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
class ApiTokensPanelTest extends ViewTestSupport {

    @Autowired
    TestPeople people;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokenService tokens;

    @Test
    void a_researcher_creates_a_token_sees_its_secret_once_and_revokes_it() {
        var person = people.person(people.organisation(), Role.RESEARCHER);
        logInAs(RunAs.person(person, Role.ADMIN, () -> members.profile(person)).email());
        navigate(MyProfileView.class);
        assertThat(text(find(com.vaadin.flow.component.html.Paragraph.class)
                        .withText(t("api.token.empty"))
                        .single()))
                .isNotBlank();

        test(find(TextField.class).withLabel(t("api.token.label")).single()).setValue("Corpus script");
        test(find(Button.class).withText(t("api.token.create")).single()).click();

        var dialog = find(Dialog.class).single();
        var secret = find(TextField.class).from(dialog).single().getValue();
        assertThat(secret).startsWith("praxis_");
        var mine = tokens.mine();
        assertThat(mine).singleElement().satisfies(token -> {
            assertThat(token.label()).isEqualTo("Corpus script");
            assertThat(secret).startsWith(token.prefix());
        });
        var grid = test(find(Grid.class).id("api-tokens"), ApiTokenItem.class);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0))
                .isEqualTo(mine.getFirst().prefix() + "…")
                .doesNotContain(secret);

        test(find(Button.class)
                        .from(dialog)
                        .withText(t("api.token.created.done"))
                        .single())
                .click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(text(dialog)).as("the secret is gone with the dialog").doesNotContain(secret);

        test(find(Button.class)
                        .from(grid.getCellComponent(0, 6))
                        .withText(t("api.token.revoke"))
                        .single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(notifications()).contains(t("api.token.revoked"));
        assertThat(tokens.mine())
                .singleElement()
                .satisfies(token -> assertThat(token.active()).isFalse());
        assertThat(test(find(Grid.class).id("api-tokens"), ApiTokenItem.class).getCellText(0, 5))
                .isEqualTo(t("api.token.status.revoked"));
    }

    @Test
    void a_blank_label_is_refused_and_nothing_is_created() {
        var person = people.person(people.organisation(), Role.MEMBER);
        logInAs(RunAs.person(person, Role.ADMIN, () -> members.profile(person)).email());
        navigate(MyProfileView.class);
        var label = find(TextField.class).withLabel(t("api.token.label")).single();

        test(label).setValue("   ");
        test(find(Button.class).withText(t("api.token.create")).single()).click();

        assertThat(notifications()).contains(t("api.token.error.label", ApiTokenService.LABEL_MAX_LENGTH));
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void the_secretariat_sees_and_revokes_someones_tokens_but_a_member_does_not_see_them() {
        var person = people.person(people.organisation(), Role.MEMBER);
        var created = RunAs.person(person, Role.MEMBER, () -> tokens.create("Leaked script", null));
        var member = people.person(people.organisation(), Role.MEMBER);

        logInAs(RunAs.person(member, Role.ADMIN, () -> members.profile(member)).email());
        navigate("people/" + person, PersonView.class);
        assertThat(find(Grid.class).withId("api-tokens").all())
                .as("not for a member")
                .isEmpty();

        logInAs(people.account(Role.ADMIN).email());
        navigate("people/" + person, PersonView.class);
        assertThat(find(Button.class).withText(t("api.token.create")).all())
                .as("no creating for others")
                .isEmpty();
        var grid = test(find(Grid.class).id("api-tokens"), ApiTokenItem.class);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Leaked script");
        test(find(Button.class)
                        .from(grid.getCellComponent(0, 6))
                        .withText(t("api.token.revoke"))
                        .single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(RunAs.person(person, Role.MEMBER, () -> tokens.mine()))
                .singleElement()
                .satisfies(token -> assertThat(token.revokedAt()).isNotNull());
        assertThat(created.token().active()).isTrue();
    }
}
