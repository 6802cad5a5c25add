package kz.reglament.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An overloaded service, every database connection taken, answers 503 with Retry-After, not 500: the load benchmark
 * found the pool's timeout reaching clients as an internal error.
 */
class ServiceBusyTest {

    final MockMvc api = MockMvcBuilders.standaloneSetup(new PoolExhausted())
            .setControllerAdvice(new ApiExceptionHandler(new ApiProblems(messages()))).build();

    @Test
    void aTransactionWithoutAConnectionIsABusyServiceInTheClientsLanguage() throws Exception {
        api.perform(post("/transaction").header("Accept-Language", "kk").accept(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.reason").value("SERVICE_BUSY"))
                .andExpect(jsonPath("$.title").value("Қызмет бос емес"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ештеңе сақталған жоқ")));
    }

    @Test
    void aQueryWithoutAConnectionIsABusyServiceToo() throws Exception {
        api.perform(post("/query").header("Accept-Language", "ru").accept(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.reason").value("SERVICE_BUSY"))
                .andExpect(jsonPath("$.title").value("Сервис занят"));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @RestController
    static class PoolExhausted {

        @PostMapping("/transaction")
        void transaction() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("Connection is not available, request timed out"));
        }

        @PostMapping("/query")
        void query() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("Connection is not available, request timed out"));
        }
    }
}
