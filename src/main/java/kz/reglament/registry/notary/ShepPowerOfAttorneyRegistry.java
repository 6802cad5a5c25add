package kz.reglament.registry.notary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.shep.ShepClient;
import kz.reglament.registry.shep.Xml;
import org.w3c.dom.Element;

/**
 * БНАЖ through the gateway. The notary system's payload is not public; this adapter asks for the powers of attorney
 * between a principal and a representative and decides itself, by the same rule as the embedded registry:
 *
 * <pre>
 * request data:  powerOfAttorneyRequest: principal, representative, number (optional)
 * answer data:   powerOfAttorneyResponse: powerOfAttorney*: number, principal, representative, issuedOn,
 *                validUntil, revokedOn (optional), services/service* ("*" for any service)
 * </pre>
 *
 * An answer with no {@code powerOfAttorney} means none is held.
 */
public class ShepPowerOfAttorneyRegistry implements PowerOfAttorneyRegistry {

    private final ShepClient shep;
    private final String serviceId;

    public ShepPowerOfAttorneyRegistry(ShepClient shep, String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new IllegalStateException("reglament.registry.notary.service-id must be set for remote mode");
        }
        this.shep = shep;
        this.serviceId = serviceId;
    }

    @Override
    public PowerOfAttorneyCheck check(PowerOfAttorneyQuery query) {
        Element data = shep.send(RegistrySystem.NOTARY, serviceId, request -> {
            Element payload = Xml.append(request, "powerOfAttorneyRequest", null);
            Xml.append(payload, "principal", query.principal().value());
            Xml.append(payload, "representative", query.representative().value());
            Xml.append(payload, "number", query.number());
        });
        Element answer = Xml.child(data, "powerOfAttorneyResponse")
                .orElseThrow(() -> malformed("no powerOfAttorneyResponse"));
        List<PowerOfAttorney> held = Xml.children(answer, "powerOfAttorney").stream()
                .map(ShepPowerOfAttorneyRegistry::read).toList();
        for (PowerOfAttorney poa : held) {
            if (!poa.principal().equals(query.principal().value())
                    || !poa.representative().equals(query.representative().value())) {
                throw malformed("a power of attorney between other persons than those asked for");
            }
        }
        return PowerOfAttorneyCheck.decide(held, query);
    }

    private static PowerOfAttorney read(Element poa) {
        Set<String> services = Xml.child(poa, "services").map(list -> Xml.children(list, "service").stream()
                .map(service -> service.getTextContent().trim()).collect(Collectors.toSet())).orElse(Set.of());
        return new PowerOfAttorney(required(poa, "number"), required(poa, "principal"), required(poa, "representative"),
                date(required(poa, "issuedOn")), date(required(poa, "validUntil")),
                Xml.text(poa, "revokedOn").map(ShepPowerOfAttorneyRegistry::date).orElse(null), services);
    }

    private static String required(Element poa, String name) {
        Optional<String> text = Xml.text(poa, name);
        return text.orElseThrow(() -> malformed("a power of attorney without " + name));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            throw malformed("a date that is not a date");
        }
    }

    private static RegistryUnavailableException malformed(String what) {
        return new RegistryUnavailableException(RegistrySystem.NOTARY, "the notary system's answer has " + what);
    }
}
