package se.trygghetsnav;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TrygghetsnavApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrygghetsnavApplication.class, args);
    }
}
