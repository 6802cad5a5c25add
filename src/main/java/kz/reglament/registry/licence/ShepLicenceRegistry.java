package kz.reglament.registry.licence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.reglament.identity.IdentityNumber;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.shep.ShepClient;
import kz.reglament.registry.shep.Xml;
import org.w3c.dom.Element;

/**
 * «Е-лицензиялау» through the gateway. Its payload is not public; this adapter sends one request element per
 * operation and reads one licence back:
 *
 * <pre>
 * licenceRequest:          number, holder
 * licenceIssueRequest:     holder, activityType, subtypes/subtype*, tenant, issuedOn, caseReference
 * licenceReissueRequest:   number, holder, subtypes/subtype*, issuedOn, caseReference
 * licenceDuplicateRequest: number, holder, issuedOn, caseReference
 * answer:                  licenceResponse: licence (absent when not found): number, holder, activityType,
 *                          subtypes/subtype*, tenant, status, issuedOn, supersedes, history/event*: type, on,
 *                          caseReference
 * </pre>
 *
 * The case reference lets the registry answer a repeated recording with the first one.
 */
public class ShepLicenceRegistry implements LicenceRegistry {

    private final ShepClient shep;
    private final String serviceId;

    public ShepLicenceRegistry(ShepClient shep, String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new IllegalStateException("reglament.registry.licensing.service-id must be set for remote mode");
        }
        this.shep = shep;
        this.serviceId = serviceId;
    }

    @Override
    public Optional<Licence> find(String number, IdentityNumber holder) {
        return ask("licenceRequest", request -> {
            Xml.append(request, "number", number);
            Xml.append(request, "holder", holder.value());
        }).filter(licence -> licence.holder().equals(holder.value()));
    }

    @Override
    public Licence recordIssue(IdentityNumber holder, String activityType, List<String> subtypes, String tenantId,
            LocalDate issuedOn, String caseReference) {
        return recorded(ask("licenceIssueRequest", request -> {
            Xml.append(request, "holder", holder.value());
            Xml.append(request, "activityType", activityType);
            subtypes(request, subtypes);
            Xml.append(request, "tenant", tenantId);
            Xml.append(request, "issuedOn", issuedOn);
            Xml.append(request, "caseReference", caseReference);
        }), holder);
    }

    @Override
    public Licence recordReissue(String number, IdentityNumber holder, List<String> subtypes, LocalDate issuedOn,
            String caseReference) {
        return recorded(ask("licenceReissueRequest", request -> {
            Xml.append(request, "number", number);
            Xml.append(request, "holder", holder.value());
            subtypes(request, subtypes);
            Xml.append(request, "issuedOn", issuedOn);
            Xml.append(request, "caseReference", caseReference);
        }), holder);
    }

    @Override
    public Licence recordDuplicate(String number, IdentityNumber holder, LocalDate issuedOn, String caseReference) {
        return recorded(ask("licenceDuplicateRequest", request -> {
            Xml.append(request, "number", number);
            Xml.append(request, "holder", holder.value());
            Xml.append(request, "issuedOn", issuedOn);
            Xml.append(request, "caseReference", caseReference);
        }), holder);
    }

    private Optional<Licence> ask(String operation, Consumer<Element> writeRequest) {
        Element data = shep.send(RegistrySystem.LICENSING, serviceId,
                request -> writeRequest.accept(Xml.append(request, operation, null)));
        Element answer = Xml.child(data, "licenceResponse").orElseThrow(() -> malformed("no licenceResponse"));
        return Xml.child(answer, "licence").map(ShepLicenceRegistry::read);
    }

    private static Licence recorded(Optional<Licence> answer, IdentityNumber holder) {
        Licence licence = answer.orElseThrow(() -> malformed("no licence for a recording"));
        if (!licence.holder().equals(holder.value())) {
            throw malformed("a licence of another holder");
        }
        return licence;
    }

    private static void subtypes(Element request, List<String> subtypes) {
        Element list = Xml.append(request, "subtypes", null);
        subtypes.forEach(subtype -> Xml.append(list, "subtype", subtype));
    }

    private static Licence read(Element licence) {
        try {
            List<String> subtypes = Xml.child(licence, "subtypes").map(list -> Xml.children(list, "subtype").stream()
                    .map(subtype -> subtype.getTextContent().trim()).toList()).orElse(List.of());
            List<LicenceEvent> history = Xml.child(licence, "history").map(list -> Xml.children(list, "event")
                    .stream().map(event -> new LicenceEvent(LicenceEvent.Type.valueOf(required(event, "type")),
                            LocalDate.parse(required(event, "on")), Xml.text(event, "caseReference").orElse(null)))
                    .toList()).orElse(List.of());
            return new Licence(required(licence, "number"), required(licence, "holder"),
                    required(licence, "activityType"), subtypes, required(licence, "tenant"),
                    LicenceStatus.valueOf(required(licence, "status")), LocalDate.parse(required(licence, "issuedOn")),
                    Xml.text(licence, "supersedes").orElse(null), history);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            throw malformed("a licence with an unknown status, event or date");
        }
    }

    private static String required(Element element, String name) {
        return Xml.text(element, name).orElseThrow(() -> malformed("a licence without " + name));
    }

    private static RegistryUnavailableException malformed(String what) {
        return new RegistryUnavailableException(RegistrySystem.LICENSING, "the e-licensing registry's answer has "
                + what);
    }
}
