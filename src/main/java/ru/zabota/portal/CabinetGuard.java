package ru.zabota.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import ru.zabota.security.ActingContext;

/** A cabinet is entered through the role choice (seed 000): until a role is chosen, /cabinet sends to /role. */
@Configuration
public class CabinetGuard implements WebMvcConfigurer, HandlerInterceptor {
    private final ActingContext acting;

    public CabinetGuard(ActingContext acting) {
        this.acting = acting;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/cabinet", "/cabinet/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (acting.user().isPresent() && !acting.chosen()) {
            response.sendRedirect(request.getContextPath() + "/role");
            return false;
        }
        return true;
    }
}
