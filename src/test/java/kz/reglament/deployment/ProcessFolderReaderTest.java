package kz.reglament.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import kz.reglament.tenant.TenantProperties;
import kz.reglament.tenant.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessFolderReaderTest {

    private final ProcessFolderReader reader = new ProcessFolderReader(new Tenants(new TenantProperties(Map.of(
            "aktobe", new TenantProperties.Tenant(null, List.of("head"), null),
            "west-kazakhstan", new TenantProperties.Tenant(null, List.of("head"), null)))));

    @TempDir
    Path temp;

    @Test
    void readsTheFoldersPackedIntoAJar() throws IOException {
        Path jar = temp.resolve("service.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Directory entries as Spring Boot's repackaged jar has them.
            for (String directory : List.of("BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/classes/processes/",
                    "BOOT-INF/classes/processes/aktobe/", "BOOT-INF/classes/processes/aktobe/forms/",
                    "BOOT-INF/classes/processes/common/", "BOOT-INF/classes/processes/west-kazakhstan/")) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            put(out, "BOOT-INF/classes/processes/aktobe/licence.bpmn", "<bpmn/>");
            put(out, "BOOT-INF/classes/processes/aktobe/forms/review.form", "{}");
            put(out, "BOOT-INF/classes/processes/common/intake.bpmn", "<bpmn/>");
            put(out, "BOOT-INF/classes/processes/README.md", "not deployed");
            put(out, "BOOT-INF/classes/processes/west-kazakhstan/notes.txt", "not deployed");
        }

        List<ProcessFolder> folders = reader.read("jar:" + jar.toUri() + "!/BOOT-INF/classes/processes");

        assertThat(folders).extracting(ProcessFolder::name, ProcessFolder::tenantId)
                .containsExactly(tuple("aktobe", "aktobe"),
                        tuple("common", null));
        assertThat(folders.get(0).resources()).containsOnlyKeys("aktobe/licence.bpmn", "aktobe/forms/review.form");
        assertThat(new String(folders.get(0).resources().get("aktobe/licence.bpmn"), StandardCharsets.UTF_8))
                .isEqualTo("<bpmn/>");
    }

    @Test
    void readsTheFoldersOnDiskWhetherTheLocationIsRelativeOrAbsolute() throws IOException {
        Path processes = Files.createDirectories(temp.resolve("processes/west-kazakhstan"));
        Files.writeString(processes.resolve("licence.bpmn"), "<bpmn/>");

        List<ProcessFolder> absolute = reader.read(temp.resolve("processes").toUri().toString());
        List<ProcessFolder> relative = reader.read("file:" + Path.of("").toAbsolutePath().relativize(temp)
                + "/processes");

        assertThat(absolute).extracting(ProcessFolder::name).containsExactly("west-kazakhstan");
        assertThat(relative).extracting(ProcessFolder::name).containsExactly("west-kazakhstan");
        assertThat(relative.get(0).resources()).containsOnlyKeys("west-kazakhstan/licence.bpmn");
    }

    @Test
    void aMissingLocationHasNoFoldersAndAFileOutsideAnyFolderIsRefused() throws IOException {
        assertThat(reader.read(temp.resolve("nowhere").toUri().toString())).isEmpty();

        Files.createDirectories(temp.resolve("loose"));
        Files.writeString(temp.resolve("loose/stray.bpmn"), "<bpmn/>");
        assertThatThrownBy(() -> reader.read(temp.resolve("loose").toUri().toString()))
                .isInstanceOf(InvalidProcessFolderException.class)
                .hasMessageContaining("stray.bpmn lies directly in processes/");
    }

    private static void put(JarOutputStream jar, String name, String content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
