package kz.reglament.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.reglament.calendar.WorkingTime;
import kz.reglament.tenant.TenantProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a result document as a self-contained HTML page in Kazakh and Russian: readable in any browser, printable,
 * and signed byte for byte by the provider. Every value is escaped, whatever an applicant typed into the form.
 */
@Component
public class ResultDocumentRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(WorkingTime.ZONE);

    public byte[] render(ResultKind kind, TenantProperties.Tenant provider, String applicationNumber,
            Map<String, String> fields, Instant issuedAt) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Өтініш нөмірі / Номер заявления", applicationNumber);
        rows.putAll(fields);
        rows.put("Берілген күні / Дата выдачи", DATE.format(issuedAt));
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"kk\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(kind.title().kk())).append("</title></head><body>\n")
                .append("<p>").append(escape(provider.name() == null ? "" : provider.name().kk())).append("<br>")
                .append(escape(provider.name() == null ? "" : provider.name().ru())).append("</p>\n")
                .append("<h1>").append(escape(kind.title().kk())).append(" / ").append(escape(kind.title().ru()))
                .append("</h1>\n<table>\n");
        rows.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value))
                        .append("</td></tr>\n");
            }
        });
        html.append("</table>\n<p>Құжат көрсетілетін қызметті берушінің ЭЦҚ-сымен қол қойылған. / Документ подписан ЭЦП ")
                .append("услугодателя.</p>\n</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
