package kz.reglament.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kz.reglament.support.ServiceTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@ServiceTest
class ProcessFolderDeployerTest {

    @Autowired
    ProcessFolderReader reader;
    @Autowired
    ProcessFolderDeployer deployer;
    @Autowired
    RepositoryService repositoryService;

    @TempDir
    Path processes;
    Path ministry;
    String firstKey;
    String secondKey;

    @BeforeEach
    void copyTwoProcessesWithTheirFormsIntoAFolder() throws IOException {
        ministry = Files.createDirectories(processes.resolve("ministry"));
        // Unique keys: every test deploys to the same engine.
        firstKey = "first-" + UUID.randomUUID();
        secondKey = "second-" + UUID.randomUUID();
        Files.writeString(ministry.resolve("first.bpmn"), fixtureProcess(firstKey, "ministry.head"));
        Files.writeString(ministry.resolve("second.bpmn"), fixtureProcess(secondKey, "ministry.executor"));
        Files.writeString(ministry.resolve("fixture-review-form.form"), fixture("aktobe/fixture-review-form.form"));
    }

    @Test
    void anUnchangedFolderCreatesNoNewVersion() {
        assertThat(deployMinistry().changed()).isTrue();

        ProcessFolderDeployer.FolderDeployment again = deployMinistry();

        assertThat(again.changed()).isFalse();
        assertThat(versionsOf(firstKey)).containsExactly(1);
        assertThat(versionsOf(secondKey)).containsExactly(1);
    }

    @Test
    void oneChangedFileCreatesExactlyOneNewVersion() throws IOException {
        deployMinistry();
        Files.writeString(ministry.resolve("second.bpmn"),
                fixtureProcess(secondKey, "ministry.executor").replace("name=\"Review\"", "name=\"Review again\""));

        ProcessFolderDeployer.FolderDeployment redeployed = deployMinistry();

        assertThat(versionsOf(firstKey)).containsExactly(1);
        assertThat(versionsOf(secondKey)).containsExactly(1, 2);
        // The form travels with the changed process: it is bound by deployment.
        assertThat(redeployed.deployedResources())
                .containsExactlyInAnyOrder("ministry/second.bpmn", "ministry/fixture-review-form.form");
    }

    @Test
    void aChangedFormTakesTheProcessesThatUseItAlong() throws IOException {
        deployMinistry();
        Files.writeString(ministry.resolve("fixture-review-form.form"),
                fixture("aktobe/fixture-review-form.form").replace("\"Approved\"", "\"Approved by the head\""));

        deployMinistry();

        assertThat(versionsOf(firstKey)).containsExactly(1, 2);
        assertThat(versionsOf(secondKey)).containsExactly(1, 2);
    }

    @Test
    void aBrokenProcessIsReportedWithItsFileAndElement() throws IOException {
        Files.writeString(ministry.resolve("second.bpmn"), fixtureProcess(secondKey, "ministry.executor")
                .replace("targetRef=\"End_Reviewed\"", "targetRef=\"End_Missing\""));

        assertThatThrownBy(this::deployMinistry).isInstanceOf(InvalidProcessFolderException.class)
                .hasMessageContaining("ministry/second.bpmn")
                .hasMessageContaining("Flow_ToDone")
                .hasMessageContaining("End_Missing");
    }

    @Test
    void aProcessWithoutHistoryTimeToLiveIsRefused() throws IOException {
        Files.writeString(ministry.resolve("second.bpmn"), fixtureProcess(secondKey, "ministry.executor")
                .replace(" camunda:historyTimeToLive=\"30\"", ""));

        assertThatThrownBy(this::deployMinistry).isInstanceOf(InvalidProcessFolderException.class)
                .hasMessageContaining("ministry/second.bpmn")
                .hasMessageContaining("History Time To Live");
    }

    @Test
    void aTermTimerThatWouldCancelItsStepIsRefused() throws IOException {
        Files.writeString(ministry.resolve("second.bpmn"), fixtureProcess(secondKey, "ministry.executor")
                .replace("cancelActivity=\"false\"", "cancelActivity=\"true\""));

        assertThatThrownBy(this::deployMinistry).isInstanceOf(InvalidProcessFolderException.class)
                .hasMessageContaining("ministry/second.bpmn").hasMessageContaining("Timer_ReviewTerm")
                .hasMessageContaining("maximum terms, not cancellations");
    }

    @Test
    void aTimerWhoseTermDiffersFromItsStepsDueDateIsRefused() throws IOException {
        Files.writeString(ministry.resolve("second.bpmn"), fixtureProcess(secondKey, "ministry.executor")
                .replace(">2 working days</bpmn:timeDuration>", ">3 working days</bpmn:timeDuration>"));

        assertThatThrownBy(this::deployMinistry).isInstanceOf(InvalidProcessFolderException.class)
                .hasMessageContaining("Timer_ReviewTerm").hasMessageContaining("same term");
    }

    @Test
    void aStepWithATermButNoTimerIsRefused() throws IOException {
        String withoutTimer = fixtureProcess(secondKey, "ministry.executor").replaceAll(
                "(?s)<bpmn:boundaryEvent id=\"Timer_ReviewTerm\".*?</bpmn:endEvent>", "")
                .replaceAll("<bpmndi:BPMN(Shape|Edge) id=\"(Timer_ReviewTerm|End_ReviewTermBreached|Flow_ToTermBreached)"
                        + "_di\".*?</bpmndi:BPMN(Shape|Edge)>", "");
        Files.writeString(ministry.resolve("second.bpmn"), withoutTimer);

        assertThatThrownBy(this::deployMinistry).isInstanceOf(InvalidProcessFolderException.class)
                .hasMessageContaining("Task_Review").hasMessageContaining("has no timer");
    }

    @Test
    void anAmbiguousTermIsRefusedWithItsElement() throws IOException {
        Files.writeString(ministry.resolve("second.bpmn"), fixtureProcess(secondKey, "ministry.executor")
                .replace("camunda:dueDate=\"2 working days\"", "camunda:dueDate=\"2 days\""));

        assertThatThrownBy(this::deployMinistry).isInstanceOf(InvalidProcessFolderException.class)
                .hasMessageContaining("Task_Review").hasMessageContaining("not a term the service understands");
    }

    @Test
    void aFolderThatNamesNoTenantIsRefused() throws IOException {
        Path typo = Files.createDirectories(processes.resolve("aktobee"));
        Files.writeString(typo.resolve("first.bpmn"), fixtureProcess(firstKey, "aktobe.head"));

        assertThatThrownBy(() -> reader.read(processes.toUri().toString()))
                .isInstanceOf(InvalidProcessFolderException.class)
                .hasMessageContaining("processes/aktobee/ names no tenant");
    }

    private ProcessFolderDeployer.FolderDeployment deployMinistry() {
        List<ProcessFolder> folders = reader.read(processes.toUri().toString());
        assertThat(folders).extracting(ProcessFolder::name).containsExactly("ministry");
        assertThat(folders.get(0).tenantId()).isEqualTo("ministry");
        return deployer.deploy(folders.get(0));
    }

    private List<Integer> versionsOf(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list().stream().map(ProcessDefinition::getVersion).toList();
    }

    private static String fixtureProcess(String key, String candidateGroup) throws IOException {
        return fixture("aktobe/fixture-review.bpmn").replace("\"fixture-review\"", "\"" + key + "\"")
                .replace("aktobe.head", candidateGroup);
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource("processes-fixture/" + path).getContentAsString(StandardCharsets.UTF_8);
    }
}
