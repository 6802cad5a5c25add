package kz.reglament.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kz.reglament.support.ServiceTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@ServiceTest
class ProcessFolderWatcherTest {

    @Autowired
    ProcessFolderReader reader;
    @Autowired
    ProcessFolderDeployer deployer;
    @Autowired
    RepositoryService repositoryService;

    @TempDir
    Path processes;

    @Test
    void aSavedFileIsDeployedAtTheNextPollAndABrokenOneLeavesTheRunningVersion() throws IOException {
        String key = "watched-" + UUID.randomUUID();
        Path folder = Files.createDirectories(processes.resolve("east-kazakhstan"));
        Files.writeString(folder.resolve("form.form"), fixture("aktobe/fixture-review-form.form"));
        Files.writeString(folder.resolve("watched.bpmn"), process(key, "Review"));
        ProcessFolderWatcher watcher = new ProcessFolderWatcher(reader, deployer, processes.toUri().toString());

        watcher.poll();
        watcher.poll();
        assertThat(versionsOf(key)).containsExactly(1);

        Files.writeString(folder.resolve("watched.bpmn"), process(key, "Review again"));
        watcher.poll();
        assertThat(versionsOf(key)).containsExactly(1, 2);

        Files.writeString(folder.resolve("watched.bpmn"), process(key, "Review")
                .replace("targetRef=\"End_Reviewed\"", "targetRef=\"End_Missing\""));
        watcher.poll();
        assertThat(versionsOf(key)).containsExactly(1, 2);
    }

    private List<Integer> versionsOf(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list().stream().map(ProcessDefinition::getVersion).toList();
    }

    private static String process(String key, String taskName) throws IOException {
        return fixture("aktobe/fixture-review.bpmn").replace("\"fixture-review\"", "\"" + key + "\"")
                .replace("aktobe.head", "east-kazakhstan.head").replace("name=\"Review\"", "name=\"" + taskName + "\"");
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource("processes-fixture/" + path).getContentAsString(StandardCharsets.UTF_8);
    }
}
