package ru.zabota.portal;

import ru.zabota.common.DomainProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import ru.zabota.common.NotFoundException;

/** Pages: someone else's or a missing record is a 404 page; a refused step shows its Russian reason. */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1)
public class PageProblemHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error/404");
        mv.setStatus(HttpStatus.NOT_FOUND);
        return mv;
    }

    /** A parameter of the wrong type or a missing one: a Russian page, 400. */
    @ExceptionHandler({org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.bind.MissingPathVariableException.class})
    ModelAndView badParameter(Exception e) {
        ModelAndView mv = new ModelAndView("error/refused");
        mv.addObject("detail", parameterMessage(e));
        mv.setStatus(HttpStatus.BAD_REQUEST);
        return mv;
    }

    static String parameterMessage(Exception e) {
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m) {
            return "Параметр «" + m.getName() + "» указан неверно: " + org.springframework.web.util.HtmlUtils.htmlEscape(
                    String.valueOf(m.getValue()).length() > 40 ? String.valueOf(m.getValue()).substring(0, 40) + "…" : String.valueOf(m.getValue()));
        }
        if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException m) {
            return "Не указан параметр «" + m.getParameterName() + "»";
        }
        return "Адрес страницы указан неверно";
    }

    /** No database connection in time: overloaded, say so and ask to repeat (503), never a 500 page. */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.jdbc.CannotGetJdbcConnectionException.class})
    ModelAndView overloaded(jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Retry-After", "5");
        ModelAndView mv = new ModelAndView("error/refused");
        mv.addObject("heading", "Сервис временно перегружен");
        mv.addObject("detail", ApiProblemHandler.OVERLOADED);
        mv.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return mv;
    }

    @ExceptionHandler(DomainProblem.class)
    ModelAndView refused(DomainProblem e) {
        ModelAndView mv = new ModelAndView("error/refused");
        mv.addObject("detail", e.getMessage());
        mv.setStatus(e.status());
        return mv;
    }
}
