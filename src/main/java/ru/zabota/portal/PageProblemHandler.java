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
public class PageProblemHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error/404");
        mv.setStatus(HttpStatus.NOT_FOUND);
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
