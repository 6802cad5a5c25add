package kz.reglament.registry.person;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.reglament.identity.Iin;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.shep.ShepClient;
import kz.reglament.registry.shep.Xml;
import org.w3c.dom.Element;

/**
 * ЖТ МДҚ through the gateway. The request's data carries the message id and date, the sender code and the IIN; the
 * answer's data carries {@code messageResult} (code {@code 00000} when processed) and {@code persons/person}.
 *
 * <p>A processed answer with no person is "not found". Any other result code is unavailable rather than "not
 * found": the codes are not public, and a misread code must cost a retry, never a refusal.
 */
public class ShepPersonRegistry implements PersonRegistry {

    static final String PROCESSED = "00000";

    private final ShepClient shep;
    private final String serviceId;

    public ShepPersonRegistry(ShepClient shep, String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new IllegalStateException("reglament.registry.persons.service-id must be set for remote mode");
        }
        this.shep = shep;
        this.serviceId = serviceId;
    }

    @Override
    public PersonLookup findPerson(Iin iin) {
        Element data = shep.send(RegistrySystem.PERSONS, serviceId, request -> {
            Xml.append(request, "messageId", UUID.randomUUID());
            Xml.append(request, "messageDate", OffsetDateTime.now(ZoneId.of("Asia/Almaty")));
            Xml.append(request, "senderCode", shep.requestorBin());
            Xml.append(request, "iin", iin.value());
        });
        String result = Xml.text(data, "messageResult", "code").orElseThrow(() -> malformed("no messageResult"));
        if (!PROCESSED.equals(result)) {
            throw new RegistryUnavailableException(RegistrySystem.PERSONS, "the registry answered with result "
                    + result + ": " + Xml.text(data, "messageResult", "nameRu").orElse("(no message)"));
        }
        Optional<Element> person = Xml.path(data, "persons", "person");
        if (person.isEmpty()) {
            return new PersonLookup.NotFound();
        }
        return new PersonLookup.Found(read(person.get(), iin));
    }

    private static Person read(Element person, Iin asked) {
        String iin = Xml.text(person, "iin").orElseThrow(() -> malformed("a person without iin"));
        if (!iin.equals(asked.value())) {
            throw malformed("a person other than the one asked for");
        }
        boolean deceased = Xml.text(person, "deathDate").isPresent()
                || Xml.text(person, "lifeStatus", "code").filter(code -> !"0".equals(code)).isPresent();
        return new Person(iin, Xml.text(person, "surname").orElseThrow(() -> malformed("a person without surname")),
                Xml.text(person, "name").orElseThrow(() -> malformed("a person without name")),
                Xml.text(person, "patronymic").orElse(null),
                date(Xml.text(person, "birthDate").orElseThrow(() -> malformed("a person without birthDate"))),
                deceased ? PersonStatus.DECEASED : PersonStatus.LIVING,
                Xml.path(person, "regAddress").map(ShepPersonRegistry::addressLine).orElse(null));
    }

    private static String addressLine(Element address) {
        String line = Stream.of(Xml.text(address, "region", "nameRu"), Xml.text(address, "district", "nameRu"),
                        Xml.text(address, "city"), Xml.text(address, "street"), Xml.text(address, "building"),
                        Xml.text(address, "flat"))
                .flatMap(Optional::stream).filter(part -> !"-".equals(part)).collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException unreadable) {
            throw malformed("a birthDate that is not a date");
        }
    }

    private static RegistryUnavailableException malformed(String what) {
        return new RegistryUnavailableException(RegistrySystem.PERSONS, "the registry's answer has " + what);
    }
}
