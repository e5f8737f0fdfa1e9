package ru.zabota.security;

/** The roles offered at login (seed 000): Гражданин, Поставщик услуг, Социальный работник. */
public enum PortalRole {
    CITIZEN, PROVIDER, WORKER;

    public String authority() {
        return "ROLE_" + name();
    }
}
