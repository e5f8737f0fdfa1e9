package ru.zabota.people;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.*;

/** A СНИЛС with a correct check number ("123-456-789 64" or 11 digits); null is left to @NotBlank. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSnils.Validator.class)
public @interface ValidSnils {
    String message() default "СНИЛС указан неверно: нужно 11 цифр с верным контрольным числом (например, 112-233-445 95)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSnils, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Snils.isValid(value);
        }
    }
}
