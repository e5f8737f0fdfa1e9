package ru.zabota.support;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The same request sent by several threads released at one moment: a double click, a retry, two devices. */
public final class Race {
    private Race() {
    }

    public static <T> List<ResponseEntity<T>> of(int n, Supplier<ResponseEntity<T>> request) {
        return atOnce(n, request);
    }

    /** The results of the same action run by n threads released at one moment; the first failure is thrown. */
    public static <T> List<T> atOnce(int n, Supplier<T> action) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CyclicBarrier start = new CyclicBarrier(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return action.get();
                }));
            }
            List<T> out = new ArrayList<>();
            for (var f : futures) out.add(f.get(60, TimeUnit.SECONDS));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One wins (200 or 201), every other answer is that same success (an idempotent repeat) or a 409 with a code:
     * never a 5xx and never another kind of failure.
     */
    public static <T> void assertOneEffectNoError(List<ResponseEntity<T>> answers) {
        List<HttpStatusCode> codes = answers.stream().map(ResponseEntity::getStatusCode).toList();
        assertThat(codes).as("answers of the race").allMatch(c -> c.is2xxSuccessful() || c.isSameCodeAs(HttpStatus.CONFLICT));
        assertThat(codes).as("someone won the race").anyMatch(HttpStatusCode::is2xxSuccessful);
    }
}
