package ru.zabota.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The choices a Camunda Form offers (a select's {@code valuesKey}, e.g. the office's specialists or the providers
 * that offer a person's services) must reach Tasklist as variables, but they are reference lists, not facts of the
 * case. They are set task-local on the task that shows them and removed when it is completed; this plugin keeps
 * them out of history ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}), where a removed variable would otherwise stay
 * for the whole history time to live. A variable is such a list when its name ends with {@value #SUFFIX}.
 */
@Component
public class FormOptionsOutOfHistory extends AbstractProcessEnginePlugin {
    public static final String SUFFIX = "Options";

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        List<HistoryEventHandler> handlers = config.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(config.getCustomHistoryEventHandlers());
        handlers.add(new Filter(new DbHistoryEventHandler()));
        config.setEnableDefaultDbHistoryEventHandler(false);
        config.setCustomHistoryEventHandlers(handlers);
    }

    public static boolean isFormOptions(String variableName) {
        return variableName != null && variableName.endsWith(SUFFIX);
    }

    static final class Filter implements HistoryEventHandler {
        private final HistoryEventHandler db;

        Filter(HistoryEventHandler db) {
            this.db = db;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity v && isFormOptions(v.getVariableName())) return;
            db.handleEvent(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
