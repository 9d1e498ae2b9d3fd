package it.fascicolosociale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FascicoloSocialeApplication {

    public static void main(String[] args) {
        SpringApplication.run(FascicoloSocialeApplication.class, args);
    }
}
