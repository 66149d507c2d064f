package eu.praxis.project;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names projects in the audit log by their acronyms. */
@Component
class ProjectAuditNames extends AuditTargetNamesOf<Project> {

    ProjectAuditNames(ProjectRepository projects) {
        super("project", projects::findAllById, Project::getId, Project::getAcronym);
    }
}
