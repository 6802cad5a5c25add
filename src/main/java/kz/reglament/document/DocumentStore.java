package kz.reglament.document;

import static kz.reglament.persistence.UtcTimestamps.utc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Documents live in the service's database, outside process variables: a case carries only their ids, so history
 * stays small and a document is read with the permissions of whoever asks for it.
 */
@Repository
public class DocumentStore {

    private static final String COLUMNS = "id, client_id, application_id, kind, file_name, content_type, size_bytes,"
            + " sha256, uploaded_at";
    private static final RowMapper<StoredDocument> ROW = (row, index) -> new StoredDocument(row.getString("id"),
            row.getString("client_id"), row.getString("application_id"),
            StoredDocument.Kind.valueOf(row.getString("kind")), row.getString("file_name"),
            row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
            row.getObject("uploaded_at", OffsetDateTime.class).toInstant());

    private final JdbcTemplate jdbc;

    public DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(StoredDocument document, byte[] content) {
        jdbc.update("insert into rgl_document (" + COLUMNS + ", content) values (?,?,?,?,?,?,?,?,?,?)",
                document.id(), document.clientId(), document.applicationId(), document.kind().name(),
                document.fileName(), document.contentType(), document.sizeBytes(), document.sha256(),
                utc(document.uploadedAt()), content);
    }

    public Optional<StoredDocument> find(String id) {
        return jdbc.query("select " + COLUMNS + " from rgl_document where id = ?", ROW, id).stream().findFirst();
    }

    public byte[] content(String id) {
        return jdbc.queryForObject("select content from rgl_document where id = ?", byte[].class, id);
    }

    public List<StoredDocument> ofApplication(String applicationId) {
        return jdbc.query("select " + COLUMNS + " from rgl_document where application_id = ? order by uploaded_at",
                ROW, applicationId);
    }

    /** Attaches uploaded documents to the application that names them; only the uploading client's, only once. */
    public int attach(List<String> ids, String clientId, String applicationId) {
        int attached = 0;
        for (String id : ids) {
            attached += jdbc.update("update rgl_document set application_id = ? where id = ? and client_id = ?"
                    + " and application_id is null", applicationId, id, clientId);
        }
        return attached;
    }
}
