package org.wsoatracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WsoaTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(WsoaTrackerApplication.class, args);
	}

}
