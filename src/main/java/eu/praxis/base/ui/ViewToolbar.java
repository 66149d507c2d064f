package eu.praxis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The title bar at the top of a view, with the drawer toggle for small screens and optional actions. */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String title, Component... actions) {
        var toggle = new DrawerToggle();
        toggle.addClassNames(LumoUtility.Margin.NONE);
        toggle.getElement().setAttribute("aria-label", "Menu");

        var heading = new H1(title);
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE, LumoUtility.FontWeight.LIGHT);

        var titleBox = new Div(toggle, heading);
        titleBox.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);

        var header = getContent();
        header.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.Padding.End.MEDIUM);
        header.add(titleBox);
        if (actions.length > 0) {
            var actionBox = new Div(actions);
            // centred: links (an event's .ics) and menus ("Moderate") line up with the buttons
            actionBox.addClassNames(
                    LumoUtility.Display.FLEX,
                    LumoUtility.Gap.SMALL,
                    LumoUtility.FlexWrap.WRAP,
                    LumoUtility.AlignItems.CENTER);
            header.add(actionBox);
        }
    }
}
