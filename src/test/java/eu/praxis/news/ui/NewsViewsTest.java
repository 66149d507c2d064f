package eu.praxis.news.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The news page, the editor and an item's page, as the secretariat and as a member. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class NewsViewsTest extends ViewTestSupport {

    @Autowired
    TestPeople people;

    String token;
    TestPeople.Account member;
    TestPeople.Account secretary;

    @BeforeEach
    void accounts() {
        token = UUID.randomUUID().toString().substring(0, 8);
        var organisation = people.organisation();
        member = people.account(organisation, Role.MEMBER);
        secretary = people.account(organisation, Role.ADMIN);
    }

    @Test
    void the_secretariat_writes_news_that_a_member_reads_on_the_news_and_home_pages() {
        logInAs(secretary.email());
        navigate(NewsView.class);
        test(find(Button.class).withAttribute("data-action", "write-news").single())
                .click();
        var title = find(TextField.class).withId("news-title").single();
        test(find(TextArea.class).withId("news-body").single())
                .setValue("The **General Assembly** meets in Lyon " + token + ".");
        test(find(Button.class).withAttribute("data-action", "save-news").single())
                .click();
        assertThat(notifications()).contains(t("news.error.title", 200));

        test(title).setValue("Assembly in Lyon " + token);
        test(find(Button.class).withAttribute("data-action", "save-news").single())
                .click();

        assertThat(currentView()).isInstanceOf(NewsItemView.class);
        assertThat(text(currentView())).contains("Assembly in Lyon " + token, t("news.network"));
        assertThat(find(Html.class).single().getInnerHtml()).contains("<strong>General Assembly</strong>");
        assertThat(find(Upload.class).withId("news-image-upload").exists())
                .as("writers add an image")
                .isTrue();

        logInAs(member.email());
        navigate(NewsView.class);
        assertThat(text(currentView())).contains("Assembly in Lyon " + token, t("news.network"));
        assertThat(find(Button.class).withAttribute("data-action", "write-news").exists())
                .isFalse();
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(Section.class).withId("home-news").single())
                .satisfies(s -> assertThat(text(s)).contains("Assembly in Lyon " + token));
    }
}
