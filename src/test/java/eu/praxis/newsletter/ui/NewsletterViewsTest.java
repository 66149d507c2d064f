package eu.praxis.newsletter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The secretariat prepares, previews and sends an issue from its pages. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class NewsletterViewsTest extends ViewTestSupport {

    @Autowired
    TestPeople people;

    @Test
    void the_secretariat_prepares_an_issue_previews_it_in_french_and_sends_it() {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var organisation = people.organisation();
        people.account(organisation, Role.MEMBER);
        logInAs(people.account(organisation, Role.ADMIN).email());
        navigate(NewsletterOfficeView.class);

        test(find(Button.class)
                        .withAttribute("data-action", "prepare-newsletter")
                        .single())
                .click();

        assertThat(currentView()).isInstanceOf(NewsletterEditorView.class);
        test(find(TextField.class).withId("newsletter-subject").single()).setValue("Issue " + token);
        test(find(Button.class).withAttribute("data-action", "save-newsletter").single())
                .click();
        assertThat(notifications()).contains(t("newsletter.saved"));
        @SuppressWarnings("unchecked")
        var language = (Select<String>)
                find(Select.class).withId("newsletter-preview-language").single();
        test(language).selectItem(java.util.Locale.FRENCH.getDisplayLanguage(java.util.Locale.ENGLISH));
        assertThat(find(Pre.class).withId("newsletter-preview").single().getText())
                .contains("Pour ne plus la recevoir");

        test(find(Button.class).withAttribute("data-action", "send-newsletter").single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(ProgressBar.class).withId("newsletter-progress").exists())
                .as("the progress while it is sent")
                .isTrue();
        assertThat(text(currentView())).contains("Issue " + token, t("newsletter.status.SENDING"));
    }
}
