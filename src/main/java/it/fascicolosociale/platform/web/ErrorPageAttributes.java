package it.fascicolosociale.platform.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page of the servlet container's error dispatch shows: the status, and the message a filter that
 * refused the request named (a filter cannot throw to {@link ErrorPages}), so that the operator reads why, and the
 * texts the refused form sent, to be copied back.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    /** The request attribute holding the code, in messages.properties, of the message to show. */
    static final String MESSAGE_CODE = ErrorPageAttributes.class.getName() + ".messageCode";
    /** The request attribute holding the texts the refused form sent, to give back to the operator. */
    static final String TYPED_TEXTS = ErrorPageAttributes.class.getName() + ".typedTexts";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (request.getAttribute(MESSAGE_CODE, RequestAttributes.SCOPE_REQUEST) instanceof String code) {
            attributes.put("messageCode", code);
            attributes.put("messageArguments", new Object[0]);
        }
        if (request.getAttribute(TYPED_TEXTS, RequestAttributes.SCOPE_REQUEST) instanceof java.util.List<?> texts && !texts.isEmpty()) {
            attributes.put("typedTexts", texts);
        }
        return attributes;
    }
}
