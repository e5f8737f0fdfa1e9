package ru.zabota.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person may correct in their profile themselves; the rest comes from ЕСИА and the office. */
public record ContactDetails(
        @Size(max = 500, message = "Адрес не длиннее 500 символов") String address,
        @Pattern(regexp = "^$|^[+0-9 ()\\-]{6,30}$", message = "Телефон указан неверно: только цифры, пробелы, скобки, «+» и «-»") String phone,
        @Email(message = "Адрес электронной почты указан неверно") @Size(max = 200) String email,
        @ValidInn String inn) {

    public static ContactDetails of(Person p) {
        return new ContactDetails(p.getAddress(), p.getPhone(), p.getEmail(), p.getInn());
    }
}
