package kz.reglament.registry.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.reglament.identity.Bin;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first licences of a tenant's year, issued by several cases at the same moment (as the job executor's threads
 * do when several heads sign at once): each gets a number of its own, and none fails.
 */
@ServiceTest
class LicenceNumberRaceTest {

    private static final int CASES = 8;

    @Autowired
    EmbeddedLicenceRegistry licences;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void casesThatRaceForTheFirstNumberOfAYearEachGetTheirOwn() throws Exception {
        String tenant = "race" + System.nanoTime();
        Bin holder = Bin.parse(DemoPki.LEGAL_ENTITY_BIN);
        CyclicBarrier together = new CyclicBarrier(CASES);
        ExecutorService cases = Executors.newFixedThreadPool(CASES);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                String caseReference = tenant + "-case-" + i;
                numbers.add(cases.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                    await(together);
                    return licences.recordIssue(holder, "MEDICAL_ACTIVITY", List.of("A"), tenant,
                            LocalDate.of(2031, 2, 3), caseReference).number();
                })));
            }
            List<String> issued = new ArrayList<>();
            for (Future<String> number : numbers) {
                issued.add(number.get(60, TimeUnit.SECONDS));
            }
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= CASES; n++) {
                expected.add("%s-2031-%06d".formatted(tenant.toUpperCase(), n));
            }
            assertThat(issued).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            cases.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
