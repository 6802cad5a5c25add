package kz.reglament.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import kz.reglament.support.ServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The webapps offer Kazakh and Russian, and each translation has every key the English original has. */
@ServiceTest
class WebappLocalesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachAppOffersKazakhAndRussianWithEveryKeyOfTheEnglish(String app) throws Exception {
        String base = "/camunda/app/" + app;
        String config = rest.getForObject(base + "/scripts/config.js", String.class);
        assertThat(config).contains("availableLocales: ['kk', 'ru', 'en']");

        Set<String> english = keys(parse(rest.getForObject(base + "/locales/en.json", String.class)));
        for (String language : new String[] {"kk", "ru"}) {
            ResponseEntity<String> translation = rest.getForEntity(base + "/locales/" + language + ".json",
                    String.class);
            assertThat(translation.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(keys(parse(translation.getBody()))).as(app + " " + language).isEqualTo(english);
        }
    }

    /** Camunda's own files begin with a byte-order mark, which JSON parsers refuse. */
    private static JsonNode parse(String json) throws Exception {
        return JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        collect("", node, keys);
        return keys;
    }

    private static void collect(String prefix, JsonNode node, Set<String> keys) {
        if (!node.isObject()) {
            keys.add(prefix);
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            collect(prefix.isEmpty() ? name : prefix + "." + name, node.get(name), keys);
        }
    }
}
