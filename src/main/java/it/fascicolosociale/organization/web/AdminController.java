package it.fascicolosociale.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The system administrator's start page. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "organization/admin";
    }
}
