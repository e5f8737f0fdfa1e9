package ru.zabota.security;

import java.util.List;

/** A member of the social-protection office, authenticated against Camunda identity. */
public record StaffUser(String userId, String fullName, List<String> groups) {
}
