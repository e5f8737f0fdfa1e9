package ru.zabota.workflow;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * How much of each request is the process engine (issue 14, «portal step ÷ engine step» in the same run): with
 * {@code zabota.perf.engine-time-per-request=true} every HTTP request is timed from the first filter to the end
 * ({@code zabota.request.server}), and the time the request spends inside engine commands — every outermost
 * command the request runs: the portal's start, step or correlation, its checks of the open steps, Camunda REST's
 * claim or {@code submit-form} — is added up ({@code zabota.request.engine}). Both are Micrometer timers tagged by
 * method and route ({@code /api/contracts/{id}/sign}; {@code /engine-rest/task/{id}/submit-form}), read from
 * {@code /actuator/prometheus} by {@code perf/load-ratio.py}. Off by default: a measurement switch, not a feature.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "zabota.perf.engine-time-per-request", havingValue = "true")
public class EngineTimePerRequest {
    /** Nanoseconds spent in outermost engine commands by the current request's thread; null outside a request. */
    private static final ThreadLocal<long[]> ENGINE_NANOS = new ThreadLocal<>();
    /** Depth of engine commands on this thread, so that a command run inside another one is not counted twice. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static final Pattern ID_SEGMENT = Pattern.compile("/(\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|[^/]*\\d{4,}[^/]*)(?=/|$)");

    @Bean
    AbstractProcessEnginePlugin engineCommandTiming() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl config) {
                List<CommandInterceptor> first = config.getCustomPreCommandInterceptorsTxRequired() == null
                        ? new ArrayList<>() : new ArrayList<>(config.getCustomPreCommandInterceptorsTxRequired());
                first.add(0, new Timing());
                config.setCustomPreCommandInterceptorsTxRequired(first);
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineTimePerRequestFilter(MeterRegistry registry) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new RequestTiming(registry));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.addUrlPatterns("/*");
        return bean;
    }

    /** The route of a request for the tags: Spring MVC's pattern, or the path with its ids replaced by {id}. */
    static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) return pattern.toString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") ? ID_SEGMENT.matcher(path).replaceAll("/{id}") : null;
    }

    static final class Timing extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            long[] total = ENGINE_NANOS.get();
            int[] depth = DEPTH.get();
            if (total == null || depth[0] > 0) {
                depth[0]++;
                try {
                    return next.execute(command);
                } finally {
                    depth[0]--;
                }
            }
            long start = System.nanoTime();
            depth[0]++;
            try {
                return next.execute(command);
            } finally {
                depth[0]--;
                total[0] += System.nanoTime() - start;
            }
        }
    }

    static final class RequestTiming extends OncePerRequestFilter {
        private final MeterRegistry registry;

        RequestTiming(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long[] engine = new long[1];
            ENGINE_NANOS.set(engine);
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                long server = System.nanoTime() - start;
                ENGINE_NANOS.remove();
                String route = route(request);
                if (route != null) {
                    Timer.builder("zabota.request.server").tag("method", request.getMethod()).tag("route", route)
                            .register(registry).record(server, TimeUnit.NANOSECONDS);
                    Timer.builder("zabota.request.engine").tag("method", request.getMethod()).tag("route", route)
                            .register(registry).record(engine[0], TimeUnit.NANOSECONDS);
                }
            }
        }
    }
}
