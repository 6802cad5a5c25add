package kz.reglament.registry.person;

import java.time.LocalDate;
import java.util.List;
import kz.reglament.identity.Iin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** ЖТ МДҚ answered from the service's own table {@code rgl_person}, for a machine with no gateway. */
@Repository
@ConditionalOnProperty(name = "reglament.registry.persons.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedPersonRegistry implements PersonRegistry {

    private final JdbcTemplate jdbc;

    public EmbeddedPersonRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonLookup findPerson(Iin iin) {
        List<Person> people = jdbc.query("select iin, surname, first_name, patronymic, birth_date, status, address"
                        + " from rgl_person where iin = ?",
                (row, index) -> new Person(row.getString("iin"), row.getString("surname"),
                        row.getString("first_name"), row.getString("patronymic"),
                        row.getObject("birth_date", LocalDate.class), PersonStatus.valueOf(row.getString("status")),
                        row.getString("address")), iin.value());
        return people.isEmpty() ? new PersonLookup.NotFound() : new PersonLookup.Found(people.get(0));
    }

    /** Adds or replaces a person: how demo data and tests fill the embedded registry. */
    public void save(Person person) {
        jdbc.update("delete from rgl_person where iin = ?", person.iin());
        jdbc.update("insert into rgl_person (iin, surname, first_name, patronymic, birth_date, status, address)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", person.iin(), person.surname(), person.name(),
                person.patronymic(), person.birthDate(), person.status().name(), person.address());
    }
}
