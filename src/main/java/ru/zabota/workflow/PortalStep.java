package ru.zabota.workflow;

/**
 * A step of a process that a citizen or a provider takes in the portal. In the model it is a receive task waiting
 * for {@code message}; {@code performerVariable} names the process variable holding the {@link Actor} id of whoever
 * may take it. Being a receive task and not a user task, it never appears in Tasklist and cannot be completed
 * through {@code /engine-rest/task}; correlating its message needs UPDATE rights on the process instance, which no
 * staff group has. Only {@link Workflow#complete} takes it, after the feature's service has checked the domain.
 */
public record PortalStep(String processKey, String activityId, String message, String performerVariable) {
}
