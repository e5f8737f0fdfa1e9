package ru.zabota;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The region's clock: Ugra lives in Asia/Yekaterinburg (UTC+5). Tests replace it to move time. */
@Configuration
public class TimeConfig {
    public static final ZoneId REGION_ZONE = ZoneId.of("Asia/Yekaterinburg");

    @Bean
    Clock clock() {
        return Clock.system(REGION_ZONE);
    }
}
