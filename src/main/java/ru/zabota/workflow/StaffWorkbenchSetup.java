package ru.zabota.workflow;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ru.zabota.workflow.StaffGroups.*;

/**
 * Makes sure, on every start and in every profile, that the staff groups exist with exactly the permissions they
 * need in Tasklist and Cockpit (a grant is reset to its list, so a permission removed here is removed from an existing
 * database too), and that the shared Tasklist filters are there. Idempotent.
 * <p>
 * Least privilege: staff may start only the processes whose model says {@code camunda:isStartableInTasklist} (none
 * of the portal's processes); no staff group may update a process instance or correlate a message, so the portal
 * steps (receive tasks) cannot be taken through {@code /engine-rest}; history is readable by heads and analysts only.
 */
@Component
@Order(0)
public class StaffWorkbenchSetup implements ApplicationRunner {
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(SPECIALISTS, "Специалисты УСЗН");
        GROUPS.put(HEADS, "Руководители УСЗН");
        GROUPS.put(APPROVERS, "Утверждающие УСЗН");
        GROUPS.put(MODERATORS, "Модераторы каталога");
        GROUPS.put(ANALYSTS, "Аналитики");
        GROUPS.put(SUPER_EXECUTORS, "Суперисполнители (решают без утверждения)");
    }

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final RepositoryService repository;

    public StaffWorkbenchSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                               TaskService tasks, RepositoryService repository) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        GROUPS.forEach((id, name) -> {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                Group g = identity.newGroup(id);
                g.setName(name);
                g.setType("WORKFLOW");
                identity.saveGroup(g);
            }
        });
        List<String> taskWorkers = List.of(SPECIALISTS, HEADS, APPROVERS, MODERATORS);
        for (String g : taskWorkers) {
            grant(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(g, Resources.USER, "*", Permissions.READ);
            grant(g, Resources.GROUP, "*", Permissions.READ);
            grant(g, Resources.DEPLOYMENT, "*", Permissions.READ);
            grant(g, Resources.PROCESS_DEFINITION, "*", Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
            grant(g, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        }
        // Starting in Tasklist: only what the models offer there, and only for the specialists who register cases.
        grant(SPECIALISTS, Resources.PROCESS_INSTANCE, "*", Permissions.READ, Permissions.CREATE);
        for (String key : tasklistStartable()) {
            grant(SPECIALISTS, Resources.PROCESS_DEFINITION, key, Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        // Heads distribute and escalate work: they see every staff task and may reassign it (not complete it for others).
        grant(HEADS, Resources.TASK, "*", Permissions.READ, TaskPermissions.TASK_ASSIGN);
        grant(HEADS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(HEADS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Analysts watch processes in Cockpit and change nothing.
        grant(ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(ANALYSTS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(ANALYSTS, Resources.TASK, "*", Permissions.READ);
        grant(ANALYSTS, Resources.USER, "*", Permissions.READ);
        grant(ANALYSTS, Resources.GROUP, "*", Permissions.READ);

        String mine = filter("Мои задачи", -10, "Задачи, назначенные мне",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        String groups = filter("Задачи моих групп", -5, "Задачи групп, в которых я состою, ещё никому не назначенные",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        // Heads distribute and watch the department's work: every open task of the office, whoever has it — offered
        // to a group or assigned to a person (a review is assigned to its executor, without a group). Heads may read
        // every task already; only heads see this filter, the two above are everyone's.
        String departmentFilter = filter(DEPARTMENT_FILTER, -8, "Все открытые задачи отдела: назначенные и ещё не назначенные",
                tasks.createTaskQuery());
        for (String g : taskWorkers) {
            revoke(g, Resources.FILTER, "*"); // earlier versions let every group read every filter
            grant(g, Resources.FILTER, mine, Permissions.READ);
            grant(g, Resources.FILTER, groups, Permissions.READ);
        }
        grant(HEADS, Resources.FILTER, departmentFilter, Permissions.READ);
    }

    /** The name of the heads' Tasklist filter with the department's tasks. */
    public static final String DEPARTMENT_FILTER = "Задачи отдела";

    /** The id of the shared filter with this name, created when missing. */
    private String filter(String name, int priority, String description, org.camunda.bpm.engine.task.TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
        if (existing != null) return existing.getId();
        Filter f = filters.newTaskFilter(name);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("priority", priority);
        props.put("description", description);
        props.put("refresh", true);
        f.setProperties(props);
        f.setQuery(query);
        return filters.saveFilter(f).getId();
    }

    private void revoke(String group, Resource resource, String resourceId) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null) authorizations.deleteAuthorization(existing.getId());
    }

    /** The keys of the deployed processes whose model offers a start in Tasklist. */
    private List<String> tasklistStartable() {
        return repository.createProcessDefinitionQuery().latestVersion().startableInTasklist().list().stream()
                .map(ProcessDefinition::getKey).distinct().toList();
    }

    /** The group's grant on the resource becomes exactly these permissions. */
    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization a = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            a.setGroupId(group);
            a.setResource(resource);
            a.setResourceId(resourceId);
        }
        a.setPermissions(permissions);
        authorizations.saveAuthorization(a);
    }
}
