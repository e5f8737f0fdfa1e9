package ru.zabota.portal;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.InternalResourceViewResolver;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * When no database connection comes within the pool's timeout (the load test saw it at 200 users), the API answers
 * 503 with Retry-After and a Russian Problem Details, a page answers the 503 «refused» page — never a 500.
 */
class OverloadAnswerTest {

    @RestController
    static class Api {
        @GetMapping("/api/busy")
        String busy() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        }

        @GetMapping("/api/busy-jdbc")
        String busyJdbc() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        }
    }

    @Controller
    static class Page {
        @GetMapping("/busy")
        String busy() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Api(), new Page())
            .setControllerAdvice(new ApiProblemHandler(), new PageProblemHandler())
            .setViewResolvers(new InternalResourceViewResolver("/", ".html"))
            .build();

    @Test
    void theApiSaysOverloadedWith503AndRetryAfter() throws Exception {
        for (String path : new String[]{"/api/busy", "/api/busy-jdbc"}) {
            mvc.perform(get(path)).andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(jsonPath("$.code").value("overloaded"))
                    .andExpect(jsonPath("$.detail").value(containsString("перегружен")));
        }
    }

    @Test
    void aPageSaysOverloadedWith503() throws Exception {
        mvc.perform(get("/busy")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(view().name("error/refused"))
                .andExpect(model().attribute("heading", "Сервис временно перегружен"))
                .andExpect(model().attribute("detail", containsString("перегружен")));
    }
}
