package ru.zabota;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZabotaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZabotaApplication.class, args);
    }
}
