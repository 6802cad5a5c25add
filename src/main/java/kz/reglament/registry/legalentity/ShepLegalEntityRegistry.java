package kz.reglament.registry.legalentity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.reglament.identity.Bin;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.shep.ShepClient;
import kz.reglament.registry.shep.Xml;
import org.w3c.dom.Element;

/**
 * ЗТ МДҚ through the gateway's "information on a legal entity by BIN" service (GbdulInfoByBin, version 2). The
 * request is {@code Request} (RequestorBIN, BIN) in the service's namespace; the answer {@code Status} (code
 * {@code 002} when processed) and {@code Organization}.
 *
 * <p>A processed answer without an organisation is "not found"; any other status is unavailable, so that a status
 * code this adapter does not know costs a retry, never a refusal.
 */
public class ShepLegalEntityRegistry implements LegalEntityRegistry {

    static final String NAMESPACE = "http://gbdulinfobybin_v2.egp.gbdul.tamur.kz";
    static final String PROCESSED = "002";

    private final ShepClient shep;
    private final String serviceId;

    public ShepLegalEntityRegistry(ShepClient shep, String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new IllegalStateException("reglament.registry.legal-entities.service-id must be set for remote mode");
        }
        this.shep = shep;
        this.serviceId = serviceId;
    }

    @Override
    public LegalEntityLookup findLegalEntity(Bin bin) {
        Element data = shep.send(RegistrySystem.LEGAL_ENTITIES, serviceId, request -> {
            Element payload = request.getOwnerDocument().createElementNS(NAMESPACE, "ns3:Request");
            request.appendChild(payload);
            Xml.append(payload, "RequestorBIN", shep.requestorBin());
            Xml.append(payload, "BIN", bin.value());
        });
        Element answer = Xml.firstElement(data).orElseThrow(() -> malformed("no answer element"));
        String status = Xml.text(answer, "Status", "Code").orElseThrow(() -> malformed("no Status/Code"));
        if (!PROCESSED.equals(status)) {
            throw new RegistryUnavailableException(RegistrySystem.LEGAL_ENTITIES, "the registry answered with status "
                    + status + ": " + Xml.text(answer, "Status", "NameRu").orElse("(no message)"));
        }
        Optional<Element> organization = Xml.child(answer, "Organization");
        if (organization.isEmpty()) {
            return new LegalEntityLookup.NotFound();
        }
        return new LegalEntityLookup.Found(read(organization.get(), bin));
    }

    private static LegalEntity read(Element organization, Bin asked) {
        String bin = Xml.text(organization, "BIN").orElseThrow(() -> malformed("an organisation without BIN"));
        if (!bin.equals(asked.value())) {
            throw malformed("an organisation other than the one asked for");
        }
        Optional<Element> leader = Xml.child(organization, "OrganizationLeader");
        return new LegalEntity(bin, Xml.text(organization, "FullNameKz").orElse(null),
                Xml.text(organization, "FullNameRu").orElseThrow(() -> malformed("an organisation without FullNameRu")),
                date(Xml.text(organization, "RegistrationDate").orElseThrow(() ->
                        malformed("an organisation without RegistrationDate"))),
                Xml.child(organization, "Liquidation").isPresent() ? LegalEntityStatus.LIQUIDATED
                        : LegalEntityStatus.REGISTERED,
                address(organization),
                leader.flatMap(element -> Xml.text(element, "IIN")).orElse(null),
                leader.map(ShepLegalEntityRegistry::fullName).filter(name -> !name.isEmpty()).orElse(null));
    }

    private static String address(Element organization) {
        Optional<String> actual = Xml.text(organization, "StatCommInfo", "AddressFact", "NameRu");
        if (actual.isPresent()) {
            return actual.get();
        }
        String line = Xml.child(organization, "Address").map(address -> Stream.of(Xml.text(address, "DistrictRu"),
                        Xml.text(address, "RegionRu"), Xml.text(address, "CityRu"), Xml.text(address, "StreetRu"),
                        Xml.text(address, "BuildingNumber"))
                .flatMap(Optional::stream).filter(part -> !"-".equals(part)).collect(Collectors.joining(", ")))
                .orElse("");
        return line.isEmpty() ? null : line;
    }

    private static String fullName(Element leader) {
        return Stream.of(Xml.text(leader, "SurName"), Xml.text(leader, "Name"), Xml.text(leader, "MiddleName"))
                .flatMap(Optional::stream).collect(Collectors.joining(" "));
    }

    /** The registry writes dates with an offset ({@code 2020-01-15+06:00}); the day is what matters. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException unreadable) {
            throw malformed("a RegistrationDate that is not a date");
        }
    }

    private static RegistryUnavailableException malformed(String what) {
        return new RegistryUnavailableException(RegistrySystem.LEGAL_ENTITIES, "the registry's answer has " + what);
    }
}
