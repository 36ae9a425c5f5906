package se.trygghetsnav.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI trygghetsnavApi() {
        return new OpenAPI().info(new Info()
                .title("Trygghetsnav API")
                .version("v1")
                .description("JSON-API för Trygghetsnav. Fel returneras som RFC 9457 problem details "
                        + "(application/problem+json). Anropskroppar till /api är högst 64 kB."));
    }
}
