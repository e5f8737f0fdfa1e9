package ru.zabota.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The {@code postgres} profile is production: it refuses to start with the engine administrator's password left
 * empty or at a demo value, before anything is created in the database, and names the variable to set.
 */
@Component
public class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {
    static final Set<String> DEMO_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "zabota", "changeme");
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        if (!environment.acceptsProfiles(Profiles.of("postgres"))) return;
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (password.isBlank() || DEMO_PASSWORDS.contains(password.toLowerCase()) || password.length() < 10) {
            throw new IllegalStateException("The postgres profile needs a real password for the engine administrator 'admin': "
                    + "set ZABOTA_ADMIN_PASSWORD (at least 10 characters, not a demo value) and start again.");
        }
    }
}
