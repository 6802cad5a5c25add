package kz.reglament.registry.legalentity;

import java.time.LocalDate;
import java.util.List;
import kz.reglament.identity.Bin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** ЗТ МДҚ answered from the service's own table {@code rgl_legal_entity}, for a machine with no gateway. */
@Repository
@ConditionalOnProperty(name = "reglament.registry.legal-entities.mode", havingValue = "embedded",
        matchIfMissing = true)
public class EmbeddedLegalEntityRegistry implements LegalEntityRegistry {

    private final JdbcTemplate jdbc;

    public EmbeddedLegalEntityRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LegalEntityLookup findLegalEntity(Bin bin) {
        List<LegalEntity> found = jdbc.query("select bin, name_kk, name_ru, registration_date, status, address,"
                        + " head_iin, head_full_name from rgl_legal_entity where bin = ?",
                (row, index) -> new LegalEntity(row.getString("bin"), row.getString("name_kk"),
                        row.getString("name_ru"), row.getObject("registration_date", LocalDate.class),
                        LegalEntityStatus.valueOf(row.getString("status")), row.getString("address"),
                        row.getString("head_iin"), row.getString("head_full_name")), bin.value());
        return found.isEmpty() ? new LegalEntityLookup.NotFound() : new LegalEntityLookup.Found(found.get(0));
    }

    /** Adds or replaces an organisation: how demo data and tests fill the embedded registry. */
    public void save(LegalEntity entity) {
        jdbc.update("delete from rgl_legal_entity where bin = ?", entity.bin());
        jdbc.update("insert into rgl_legal_entity (bin, name_kk, name_ru, registration_date, status, address,"
                        + " head_iin, head_full_name) values (?, ?, ?, ?, ?, ?, ?, ?)", entity.bin(), entity.nameKk(),
                entity.nameRu(), entity.registrationDate(), entity.status().name(), entity.address(),
                entity.headIin(), entity.headFullName());
    }
}
