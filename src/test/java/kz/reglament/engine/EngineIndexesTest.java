package kz.reglament.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class EngineIndexesTest {

    @Test
    void theTaskTablesDueDateIndexIsCreatedOnceAndEveryStartAfterwardsLeavesItAsItIs() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:engine-indexes;DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table act_ru_task (id_ varchar(64) primary key, tenant_id_ varchar(64),"
                    + " due_date_ timestamp)");

            EngineIndexes.create(dataSource);
            EngineIndexes.create(dataSource);

            assertThat(indexedColumns(connection, "RGL_IDX_TASK_TENANT_DUE"))
                    .containsExactly("TENANT_ID_", "DUE_DATE_");
        }
    }

    private static List<String> indexedColumns(Connection connection, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_TASK", false, false)) {
            while (rows.next()) {
                if (index.equals(rows.getString("INDEX_NAME"))) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
