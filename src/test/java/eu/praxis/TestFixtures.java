package eu.praxis;

import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeImportService;
import eu.praxis.search.SearchFixtures;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The fixtures tests inject: each builds, through the real services, what a test needs with unique names (tests share
 * one database and never depend on data they did not make). Part of the shared test context and of the embedded
 * database suite's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixtures {

    @Bean
    OrganisationFixtures organisationFixtures(OrganisationService organisations) {
        return new OrganisationFixtures(organisations);
    }

    @Bean
    TestPeople testPeople(MemberService members, OrganisationFixtures organisations) {
        return new TestPeople(members, organisations);
    }

    @Bean
    SearchFixtures searchFixtures(
            PracticeImportService imports,
            PracticeEditing editing,
            TestPeople people,
            OrganisationFixtures organisations,
            GroupFixtures groups,
            DataSource dataSource) {
        return new SearchFixtures(imports, editing, people, organisations, groups, dataSource);
    }

    @Bean
    GroupFixtures groupFixtures(GroupDirectory groups, GroupAdministration administration, GroupMembership membership) {
        return new GroupFixtures(groups, administration, membership);
    }
}
