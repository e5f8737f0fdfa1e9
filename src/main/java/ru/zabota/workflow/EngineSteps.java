package ru.zabota.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * A staff member's Tasklist step through the engine's Java API, with no HTTP and no portal in between: find the
 * instance's task, claim it and complete it with the form's variables, as the staff member (the engine's current
 * authentication, as the engine REST API sets it). For the engine baseline of the load test (issue 14); the
 * application's features go through {@link Workflow}.
 */
@Component
public class EngineSteps {
    private final TaskService tasks;
    private final IdentityService identity;

    public EngineSteps(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The id of the instance's open task of this definition, or null. */
    public String taskOf(String processInstanceId, String taskKey) {
        Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        return t == null ? null : t.getId();
    }

    /** A task-local variable as text (a form's option list), or null. */
    public String localText(String taskId, String name) {
        Object v = tasks.getVariableLocal(taskId, name);
        return v == null ? null : v.toString();
    }

    /** Claims the task for {@code user} unless it is assigned already (Tasklist's «Claim»). */
    public void claim(String taskId, String user) {
        Task t = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (t.getAssignee() == null) tasks.claim(taskId, user);
    }

    /** Completes the task with the form's variables as {@code user} (Tasklist's «Complete»). */
    public void complete(String taskId, String user, Map<String, Object> variables) {
        identity.setAuthenticatedUserId(user);
        try {
            tasks.complete(taskId, variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
