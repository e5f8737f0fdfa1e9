package ru.zabota.portal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What the portal and its API accept before any service sees it: record ids are ASCII digits (Long would take
 * Arabic-Indic digits and "0x1F"), text carries no control characters other than line breaks and tabs (a NUL in
 * PostgreSQL text fails late and misleads), in JSON bodies and in form and query parameters alike.
 */
@Configuration
public class InputRules {
    static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    public static boolean hasControlCharacters(String s) {
        return s != null && CONTROL.matcher(s).find();
    }

    /**
     * Record ids in paths and parameters: ASCII digits only. A property editor, because MVC falls back from a
     * refusing converter to the default number editor, which reads "0x1F" as 31 and Arabic-Indic digits as numbers.
     */
    @org.springframework.web.bind.annotation.ControllerAdvice
    public static class StrictIds {
        @org.springframework.web.bind.annotation.InitBinder
        void ids(org.springframework.web.bind.WebDataBinder binder) {
            binder.registerCustomEditor(Long.class, new java.beans.PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    // no trimming either: " 1" in a path or a parameter is not the id 1
                    String t = text == null ? "" : text;
                    if (t.isEmpty()) {
                        setValue(null);
                    } else if (ID.matcher(t).matches()) {
                        setValue(Long.valueOf(t));
                    } else {
                        throw new IllegalArgumentException("not an id: " + text);
                    }
                }
            });
        }
    }

    /**
     * JSON values of the declared kind only: a number, a boolean or an ordinal where text or an enum constant goes is
     * refused with the field named (400), not quietly turned into {@code "12345"} or the first constant.
     */
    @Bean
    org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer strictJsonKinds() {
        return b -> b.featuresToEnable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .postConfigurer(om -> om.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                        .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                        .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                        .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail));
    }

    /** JSON strings with control characters are refused with the field named (400 Problem Details). */
    @Bean
    Module controlCharactersInJson() {
        SimpleModule m = new SimpleModule("control-characters");
        m.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                String v = super.deserialize(p, ctx);
                if (hasControlCharacters(v)) {
                    throw InvalidFormatException.from(p, "Текст содержит недопустимые управляющие символы", v, String.class);
                }
                return v;
            }
        });
        return m;
    }

    /** Form and query parameters of the portal, the staff pages and the API (not the Camunda webapps or engine REST). */
    @Bean
    OncePerRequestFilter controlCharactersInParameters() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return path.startsWith("/engine-rest") || path.startsWith("/camunda") || path.startsWith("/actuator");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                for (var e : request.getParameterMap().entrySet()) {
                    boolean bad = hasControlCharacters(e.getKey());
                    for (String v : e.getValue()) bad |= hasControlCharacters(v);
                    if (bad) {
                        refuse(request, response, e.getKey());
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
        String detail = "Поле «" + (hasControlCharacters(field) ? "?" : field) + "» содержит недопустимые управляющие символы";
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"code\":\"invalid-characters\",\"detail\":\""
                    + detail.replace("\"", "'") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Неверные данные</title></head>"
                    + "<body><h1>Неверные данные</h1><p>" + org.springframework.web.util.HtmlUtils.htmlEscape(detail)
                    + "</p><p><a href=\"javascript:history.back()\">Вернуться</a></p></body></html>");
        }
    }
}
