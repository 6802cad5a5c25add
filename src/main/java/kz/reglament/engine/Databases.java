package kz.reglament.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which database a connection reaches. The engine's plugins that tune PostgreSQL must decide before the engine has
 * worked out its own database type, so they ask the connection.
 */
final class Databases {

    private Databases() {
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}
