package ru.zabota.portal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's static files under their own paths only ({@code /css/**}, {@code /js/**}, {@code /img/**},
 * {@code /webjars/**}) instead of Spring Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings: false}).
 * <p>
 * Measured: with {@code /**}, {@code ResourceUrlEncodingFilter} looked every {@code @{…}} link of a page up on the
 * classpath (a miss is not cached) — most of the CPU of a registry page render. With these patterns a link such as
 * {@code /registry/5} matches no resource handler and costs nothing; the URLs of the files stay the same.
 * The Camunda webapps and Swagger UI register their own handlers.
 */
@Configuration
public class StaticResources implements WebMvcConfigurer {
    static final int ONE_HOUR = 3600;

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCachePeriod(ONE_HOUR).resourceChain(true);
        for (String folder : new String[]{"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCachePeriod(ONE_HOUR).resourceChain(true);
        }
    }
}
