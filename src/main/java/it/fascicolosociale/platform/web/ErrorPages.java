package it.fascicolosociale.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.StaleEditException;

/**
 * Turns exceptions that escape a page into an Italian error page with the right status. Logs carry
 * the English detail, which names codes and ids only.
 */
@ControllerAdvice(annotations = Controller.class)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    static final String VIEW = "error";

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException exception, Model model) {
        log.debug("Not found: {}", exception.getMessage());
        return page(model, 404, "error.404");
    }

    /**
     * A path whose id is no id at all (letters, a number too large, a blank) names nothing: the same 404 as a missing
     * record, not a 400 that would tell the routes that take a file's id apart. Other mismatches keep their 400.
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingPathVariableException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noSuchId(Exception exception, Model model) throws Exception {
        MethodParameter parameter = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getParameter() : ((MissingPathVariableException) exception).getParameter();
        if (!parameter.hasParameterAnnotation(PathVariable.class)) {
            throw exception;
        }
        log.debug("Not an id in the path: {}", parameter.getParameterName());
        return page(model, 404, "error.404");
    }

    @ExceptionHandler({StaleEditException.class, ObjectOptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(RuntimeException exception, Model model) {
        log.info("Edit refused, record changed meanwhile: {}", exception.getMessage());
        return page(model, 409, "error.stale-edit");
    }

    @ExceptionHandler(RuleViolation.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String ruleViolation(RuleViolation exception, Model model) {
        log.info("Request refused: {}", exception.getMessage());
        model.addAttribute("status", 400);
        model.addAttribute("messageCode", exception.messageCode());
        model.addAttribute("messageArguments", exception.arguments());
        return VIEW;
    }

    private static String page(Model model, int status, String messageCode) {
        model.addAttribute("status", status);
        model.addAttribute("messageCode", messageCode);
        model.addAttribute("messageArguments", new Object[0]);
        return VIEW;
    }
}
