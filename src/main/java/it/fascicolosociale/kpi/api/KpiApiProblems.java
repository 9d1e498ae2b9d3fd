package it.fascicolosociale.kpi.api;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;

/** Errors of the KPI API as RFC 9457 problem details, with the Italian text of the refusal as detail. */
@RestControllerAdvice(assignableTypes = KpiApiController.class)
class KpiApiProblems {

    private final MessageSource messages;

    KpiApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "not-found", exception.messageCode(), exception.arguments());
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail refused(RuleViolation exception) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-filter", exception.messageCode(), exception.arguments());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception exception) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-filter", "error.kpi.bad-request");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException exception) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "error.403");
    }

    private ProblemDetail problem(HttpStatus status, String type, String messageCode, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageCode, arguments, Locale.ITALY));
        problem.setType(URI.create("urn:fascicolo-sociale:problem:kpi:" + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
