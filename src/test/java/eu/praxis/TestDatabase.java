package eu.praxis;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL database of this test run's own: a Testcontainers PostgreSQL where a Docker engine
 * is available, otherwise a new database with a unique name on the server given by
 * {@code PRAXIS_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}), dropped when the test context closes. Runs never see each other's leftovers.
 */
public final class TestDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    private final String url;
    private final String username;
    private final String password;
    private final Runnable cleanup;

    private TestDatabase(String url, String username, String password, Runnable cleanup) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.cleanup = cleanup;
    }

    static TestDatabase create() {
        var mode = env("PRAXIS_TEST_DB", "auto");
        if (!mode.equals("local") && DockerClientFactory.instance().isDockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.info("Test database: Testcontainers PostgreSQL {}", container.getJdbcUrl());
            return new TestDatabase(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), container::stop);
        }
        return onServer();
    }

    /**
     * A new database on the server given by {@code PRAXIS_TEST_DB_URL} (never a container): the search
     * benchmark compares against that server's full-text search, so it must be the one configured.
     */
    public static TestDatabase onServer() {
        var adminUrl = env("PRAXIS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        var username = env("PRAXIS_TEST_DB_USER", "postgres");
        var password = env("PRAXIS_TEST_DB_PASSWORD", "");
        var name =
                "praxis_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(adminUrl, username, password, "create database " + name);
        var url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        log.info("Test database: {} (dropped at the end of the run)", url);
        return new TestDatabase(
                url,
                username,
                password,
                () -> execute(adminUrl, username, password, "drop database if exists " + name + " with (force)"));
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        cleanup.run();
    }

    private static void execute(String url, String username, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, username, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not run '" + sql + "' on " + url + ". Is PostgreSQL running? (see README, 'Tests')", e);
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
