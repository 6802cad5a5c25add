package kz.reglament.application;

import static kz.reglament.persistence.UtcTimestamps.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class ApplicationStore {

    private static final RowMapper<Application> ROW = (row, index) -> new Application(row.getString("id"),
            row.getString("application_number"), row.getString("client_id"), row.getString("idempotency_key"),
            row.getString("request_sha256"), row.getString("tenant_id"), row.getString("service"),
            row.getString("sub_service"), row.getString("process_key"), row.getString("channel"),
            row.getString("applicant_id"), row.getString("representative_iin"), row.getString("process_instance_id"),
            ApplicationStatus.valueOf(row.getString("status")),
            row.getObject("status_changed_at", OffsetDateTime.class).toInstant(),
            row.getObject("submitted_at", OffsetDateTime.class).toInstant(), row.getString("result_document_id"));

    private final JdbcTemplate jdbc;

    public ApplicationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Application application) {
        jdbc.update("insert into rgl_application (id, application_number, client_id, idempotency_key, request_sha256,"
                        + " tenant_id, service, sub_service, process_key, channel, applicant_id, representative_iin,"
                        + " process_instance_id, status, status_changed_at, submitted_at)"
                        + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                application.id(), application.number(), application.clientId(), application.idempotencyKey(),
                application.requestSha256(), application.tenant(), application.service(), application.subService(),
                application.processKey(), application.channel(), application.applicantId(),
                application.representativeIin(), application.processInstanceId(), application.status().name(),
                utc(application.statusChangedAt()), utc(application.submittedAt()));
    }

    public void startedAs(String applicationId, String processInstanceId) {
        jdbc.update("update rgl_application set process_instance_id = ? where id = ?", processInstanceId, applicationId);
    }

    public Optional<Application> find(String id) {
        return jdbc.query("select * from rgl_application where id = ?", ROW, id).stream().findFirst();
    }

    public Optional<Application> byNumber(String number) {
        return jdbc.query("select * from rgl_application where application_number = ?", ROW, number).stream()
                .findFirst();
    }

    public Optional<Application> byIdempotencyKey(String clientId, String key) {
        return jdbc.query("select * from rgl_application where client_id = ? and idempotency_key = ?", ROW, clientId,
                key).stream().findFirst();
    }

    public List<Application> ofClient(String clientId, int limit) {
        return jdbc.query("select * from rgl_application where client_id = ? order by submitted_at desc"
                + " fetch first " + limit + " rows only", ROW, clientId);
    }

    /** Moves a case to a status unless it has already reached a final one. */
    public int changeStatus(String number, ApplicationStatus status, Instant at) {
        return jdbc.update("update rgl_application set status = ?, status_changed_at = ? where application_number = ?"
                + " and status not in ('ISSUED','REFUSED','REFUSED_TO_ACCEPT','WITHDRAWN')", status.name(), utc(at),
                number);
    }

    public void resultIssued(String number, String documentId) {
        jdbc.update("update rgl_application set result_document_id = ? where application_number = ?", documentId,
                number);
    }
}
