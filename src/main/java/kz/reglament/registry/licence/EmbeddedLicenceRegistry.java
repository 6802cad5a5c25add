package kz.reglament.registry.licence;

import static kz.reglament.persistence.UtcTimestamps.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.reglament.identity.IdentityNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-licensing database kept in the service's own tables ({@code rgl_licence}, {@code rgl_licence_event}), for a
 * machine with no gateway. It numbers new licences itself, {@code <TENANT>-<YEAR>-<NNNNNN>} (e.g.
 * {@code AKTOBE-2026-000001}), counting per tenant and year; this is the service's own format, not the state
 * registry's, which numbers licences itself in remote mode.
 */
@Repository
@ConditionalOnProperty(name = "reglament.registry.licensing.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedLicenceRegistry implements LicenceRegistry {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public EmbeddedLicenceRegistry(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<Licence> find(String number, IdentityNumber holder) {
        return load(number).filter(licence -> licence.holder().equals(holder.value()));
    }

    @Override
    public Licence recordIssue(IdentityNumber holder, String activityType, List<String> subtypes, String tenantId,
            LocalDate issuedOn, String caseReference) {
        Optional<Licence> already = recordedFor(caseReference, LicenceEvent.Type.ISSUED);
        if (already.isPresent()) {
            return already.get();
        }
        String number = nextNumber(tenantId, issuedOn.getYear());
        insert(number, holder.value(), activityType, subtypes, tenantId, issuedOn, null);
        event(number, LicenceEvent.Type.ISSUED, issuedOn, caseReference);
        return load(number).orElseThrow();
    }

    @Override
    public Licence recordReissue(String number, IdentityNumber holder, List<String> subtypes, LocalDate issuedOn,
            String caseReference) {
        Optional<Licence> already = recordedFor(caseReference, LicenceEvent.Type.REISSUED);
        if (already.isPresent()) {
            return already.get();
        }
        Licence previous = existing(number, holder);
        String newNumber = nextNumber(previous.tenantId(), issuedOn.getYear());
        insert(newNumber, previous.holder(), previous.activityType(), subtypes, previous.tenantId(), issuedOn,
                previous.number());
        event(newNumber, LicenceEvent.Type.REISSUED, issuedOn, caseReference);
        jdbc.update("update rgl_licence set status = ? where number = ?", LicenceStatus.SUPERSEDED.name(), number);
        event(number, LicenceEvent.Type.SUPERSEDED, issuedOn, caseReference);
        return load(newNumber).orElseThrow();
    }

    @Override
    public Licence recordDuplicate(String number, IdentityNumber holder, LocalDate issuedOn, String caseReference) {
        Optional<Licence> already = recordedFor(caseReference, LicenceEvent.Type.DUPLICATE_ISSUED);
        if (already.isPresent()) {
            return already.get();
        }
        existing(number, holder);
        event(number, LicenceEvent.Type.DUPLICATE_ISSUED, issuedOn, caseReference);
        return load(number).orElseThrow();
    }

    /** Adds a licence as it stands, without history: how demo data and tests fill the embedded registry. */
    public void save(Licence licence) {
        jdbc.update("delete from rgl_licence_event where licence_number = ?", licence.number());
        jdbc.update("delete from rgl_licence where number = ?", licence.number());
        insert(licence.number(), licence.holder(), licence.activityType(), licence.subtypes(), licence.tenantId(),
                licence.issuedOn(), licence.supersedes());
        jdbc.update("update rgl_licence set status = ? where number = ?", licence.status().name(), licence.number());
        for (LicenceEvent event : licence.history()) {
            event(licence.number(), event.type(), event.on(), event.caseReference());
        }
    }

    private Licence existing(String number, IdentityNumber holder) {
        return find(number, holder).orElseThrow(() -> new IllegalStateException("Licence " + number
                + " of " + holder + " is not in the registry; find it before re-issuing it or issuing its duplicate"));
    }

    private Optional<Licence> recordedFor(String caseReference, LicenceEvent.Type type) {
        return jdbc.queryForList("select licence_number from rgl_licence_event where case_reference = ?"
                        + " and event_type = ?", String.class, caseReference, type.name()).stream().findFirst()
                .flatMap(this::load);
    }

    private Optional<Licence> load(String number) {
        List<LicenceEvent> history = jdbc.query("select event_type, event_date, case_reference from rgl_licence_event"
                        + " where licence_number = ? order by recorded_at, event_date",
                (row, index) -> new LicenceEvent(LicenceEvent.Type.valueOf(row.getString("event_type")),
                        row.getObject("event_date", LocalDate.class), row.getString("case_reference")), number);
        return jdbc.query("select number, holder_id, activity_type, subtypes, tenant_id, status, issued_on, supersedes"
                        + " from rgl_licence where number = ?",
                (row, index) -> new Licence(row.getString("number"), row.getString("holder_id"),
                        row.getString("activity_type"), subtypes(row.getString("subtypes")),
                        row.getString("tenant_id"), LicenceStatus.valueOf(row.getString("status")),
                        row.getObject("issued_on", LocalDate.class), row.getString("supersedes"), history), number)
                .stream().findFirst();
    }

    private void insert(String number, String holder, String activityType, List<String> subtypes, String tenantId,
            LocalDate issuedOn, String supersedes) {
        jdbc.update("insert into rgl_licence (number, holder_id, activity_type, subtypes, tenant_id, status, issued_on,"
                        + " supersedes) values (?, ?, ?, ?, ?, ?, ?, ?)", number, holder, activityType,
                String.join("\n", subtypes), tenantId, LicenceStatus.ACTIVE.name(), issuedOn, supersedes);
    }

    private void event(String number, LicenceEvent.Type type, LocalDate on, String caseReference) {
        jdbc.update("insert into rgl_licence_event (id, licence_number, event_type, event_date, case_reference,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), number, type.name(),
                on, caseReference, utc(Instant.now()));
    }

    /**
     * The next number of the tenant's year. The update takes the row's lock, so two cases never get one number. The
     * year's counter row is created first in a transaction of its own: cases that race for it all find it there
     * afterwards, instead of all but one failing on the key (and, on PostgreSQL, losing their whole transaction).
     */
    private String nextNumber(String tenantId, int year) {
        String increment = "update rgl_licence_number set last_number = last_number + 1"
                + " where tenant_id = ? and issue_year = ?";
        if (jdbc.update(increment, tenantId, year) == 0) {
            createCounter(tenantId, year);
            jdbc.update(increment, tenantId, year);
        }
        Integer last = jdbc.queryForObject("select last_number from rgl_licence_number where tenant_id = ?"
                + " and issue_year = ?", Integer.class, tenantId, year);
        return "%s-%d-%06d".formatted(tenantId.toUpperCase(Locale.ROOT), year, last);
    }

    private void createCounter(String tenantId, int year) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("insert into rgl_licence_number"
                    + " (tenant_id, issue_year, last_number) values (?, ?, 0)", tenantId, year));
        } catch (DuplicateKeyException createdByAnotherCase) {
            // The row is there, which is all this needed.
        }
    }

    private static List<String> subtypes(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
