package kz.reglament.registry.notary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** БНАЖ answered from the service's own table {@code rgl_power_of_attorney}, for a machine with no gateway. */
@Repository
@ConditionalOnProperty(name = "reglament.registry.notary.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedPowerOfAttorneyRegistry implements PowerOfAttorneyRegistry {

    private final JdbcTemplate jdbc;

    public EmbeddedPowerOfAttorneyRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PowerOfAttorneyCheck check(PowerOfAttorneyQuery query) {
        List<PowerOfAttorney> held = jdbc.query("select number, principal_id, representative_iin, issued_on,"
                        + " valid_until, revoked_on, services from rgl_power_of_attorney"
                        + " where principal_id = ? and representative_iin = ?",
                (row, index) -> new PowerOfAttorney(row.getString("number"), row.getString("principal_id"),
                        row.getString("representative_iin"), row.getObject("issued_on", LocalDate.class),
                        row.getObject("valid_until", LocalDate.class), row.getObject("revoked_on", LocalDate.class),
                        Set.of(row.getString("services").split(","))),
                query.principal().value(), query.representative().value());
        return PowerOfAttorneyCheck.decide(held, query);
    }

    /** Adds or replaces a power of attorney by its number: how demo data and tests fill the embedded registry. */
    public void save(PowerOfAttorney poa) {
        jdbc.update("delete from rgl_power_of_attorney where number = ?", poa.number());
        jdbc.update("insert into rgl_power_of_attorney (id, number, principal_id, representative_iin, issued_on,"
                        + " valid_until, revoked_on, services) values (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), poa.number(), poa.principal(), poa.representative(), poa.issuedOn(),
                poa.validUntil(), poa.revokedOn(), poa.services().stream().sorted().collect(Collectors.joining(",")));
    }
}
