package eu.praxis.project;

import eu.praxis.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who does what with projects. Projects are the network's shared record: everyone who may log in reads them (members,
 * researchers, the secretariat: method security lets only them in); the secretariat, who runs the projects with the
 * cities, creates and changes them.
 */
@Component
public class ProjectPolicy {

    public boolean mayAdminister(Viewer viewer) {
        return viewer.isAdmin();
    }
}
