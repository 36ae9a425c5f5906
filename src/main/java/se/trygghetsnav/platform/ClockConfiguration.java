package se.trygghetsnav.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Swedish time: a barometer completed at 00:30 belongs to that Swedish date. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
