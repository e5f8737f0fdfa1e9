package ru.zabota.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model contract: every name that BPMN models and Camunda Forms use is declared once in Java. Each {@code ${…}}
 * names a declared {@link ProcessVariable}, a Spring bean or the execution; each compared value is a value of the
 * decision's enum; each element id of a process class's {@code Elements} exists in its model; each form reference
 * resolves to a form in {@code forms/}; each form field is a declared variable; each candidate group is a
 * {@link StaffGroups} group or a declared variable; every gateway is named and every process has a history time to live.
 */
class ModelContractTest {
    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*(?:==|!=)\\s*'([^']*)'");
    static final Pattern VARIABLE_CALL = Pattern.compile("(?:hasVariable|getVariable)\\('([^']*)'\\)");
    static final Set<String> EL_WORDS = Set.of("execution", "task", "true", "false", "null", "empty", "and", "or", "not",
            "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    static final Map<String, ProcessVariable<?>> variables = new HashMap<>();
    static final Set<String> beans = new HashSet<>();
    static final Set<String> groups = new HashSet<>();
    static final List<Class<?>> processClasses = new ArrayList<>();

    @BeforeAll
    static void declared() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        var registry = new SimpleBeanDefinitionRegistry();
        for (BeanDefinition b : scanner.findCandidateComponents("ru.zabota")) {
            beans.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(b, registry));
        }
        var all = new ClassPathScanningCandidateComponentProvider(false);
        all.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Process"));
        for (BeanDefinition b : all.findCandidateComponents("ru.zabota")) {
            Class<?> process = Class.forName(b.getBeanClassName());
            processClasses.add(process);
            List<Class<?>> holders = new ArrayList<>(List.of(process.getDeclaredClasses()));
            holders.add(process);
            for (Class<?> nested : holders) {
                for (Field f : nested.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == ProcessVariable.class) {
                        ProcessVariable<?> v = (ProcessVariable<?>) f.get(null);
                        variables.put(v.name(), v);
                    }
                }
            }
        }
        for (Field f : StaffGroups.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) groups.add((String) f.get(null));
        }
        assertThat(processClasses).as("process classes found").isNotEmpty();
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static Document parse(Path bpmn) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(bpmn.toFile());
    }

    static List<String> attributeValues(Document d) {
        List<String> out = new ArrayList<>();
        NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (int a = 0; a < e.getAttributes().getLength(); a++) out.add(e.getAttributes().item(a).getNodeValue());
            if (e.getChildNodes().getLength() == 1 && e.getFirstChild().getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                out.add(e.getTextContent());
            }
        }
        return out;
    }

    @Test
    void everyExpressionNamesADeclaredVariableOrBean() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path model : files(PROCESSES, ".bpmn")) {
            for (String value : attributeValues(parse(model))) {
                Matcher m = EXPRESSION.matcher(value);
                while (m.find()) {
                    String el = m.group(1);
                    Matcher call = VARIABLE_CALL.matcher(el);
                    while (call.find()) {
                        if (!variables.containsKey(call.group(1))) problems.add(model + ": undeclared variable '" + call.group(1) + "' in " + value);
                    }
                    Matcher cmp = COMPARISON.matcher(el);
                    while (cmp.find()) {
                        ProcessVariable<?> v = variables.get(cmp.group(1));
                        if (v != null && v.type().isEnum()) {
                            boolean known = Stream.of(v.type().getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(cmp.group(2)));
                            if (!known) problems.add(model + ": '" + cmp.group(2) + "' is no value of " + v.type().getSimpleName() + " in " + value);
                        }
                    }
                    String stripped = el.replaceAll("'[^']*'", "").replaceAll("\\.\\s*\\w+", "");
                    Matcher id = Pattern.compile("[A-Za-z_]\\w*").matcher(stripped);
                    while (id.find()) {
                        String name = id.group();
                        if (!EL_WORDS.contains(name) && !variables.containsKey(name) && !beans.contains(name)) {
                            problems.add(model + ": '" + name + "' is neither a declared variable nor a bean in " + value);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyElementIdOfAProcessClassIsInItsModel() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> process : processClasses) {
            String key = (String) process.getField("KEY").get(null);
            Path model = PROCESSES.resolve(key + ".bpmn");
            assertThat(model).as("the model of " + process.getSimpleName()).exists();
            Set<String> ids = new HashSet<>();
            NodeList all = parse(model).getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) ids.add(((Element) all.item(i)).getAttribute("id"));
            for (Class<?> nested : process.getDeclaredClasses()) {
                if (!nested.getSimpleName().equals("Elements")) continue;
                for (Field f : nested.getDeclaredFields()) {
                    if (f.getType() == String.class && !ids.contains((String) f.get(null))) {
                        problems.add(process.getSimpleName() + ".Elements." + f.getName() + " = " + f.get(null) + " is not in " + model);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void formsGroupsGatewaysAndHistoryFollowTheRules() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new HashMap<>();
        for (Path f : files(FORMS, ".form")) {
            JsonNode form = json.readTree(f.toFile());
            forms.put(form.get("id").asText(), form);
        }
        List<String> problems = new ArrayList<>();
        for (Path model : files(PROCESSES, ".bpmn")) {
            Document d = parse(model);
            NodeList processes = d.getElementsByTagNameNS(BPMN, "process");
            for (int i = 0; i < processes.getLength(); i++) {
                Element p = (Element) processes.item(i);
                if (p.getAttributeNS(CAMUNDA, "historyTimeToLive").isBlank()) problems.add(model + ": no historyTimeToLive");
            }
            NodeList all = d.getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String formRef = e.getAttributeNS(CAMUNDA, "formRef");
                if (!formRef.isBlank()) {
                    JsonNode form = forms.get(formRef);
                    if (form == null) problems.add(model + ": form '" + formRef + "' is not in forms/");
                    else formFields(form, formRef, problems);
                }
                for (String g : e.getAttributeNS(CAMUNDA, "candidateGroups").split(",")) {
                    String group = g.trim();
                    if (group.isEmpty() || group.startsWith("${")) continue;
                    if (!groups.contains(group)) problems.add(model + ": candidate group '" + group + "' is not in StaffGroups");
                }
                if (e.getLocalName().endsWith("Gateway") && e.getAttribute("name").isBlank()) {
                    problems.add(model + ": gateway " + e.getAttribute("id") + " has no name");
                }
                if (e.getLocalName().equals("exclusiveGateway") && e.getElementsByTagNameNS(BPMN, "outgoing").getLength() > 1
                        && e.getAttribute("default").isBlank()) {
                    problems.add(model + ": gateway " + e.getAttribute("id") + " has no default (safe) flow");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void formFields(JsonNode node, String form, List<String> problems) {
        if (node.isObject()) {
            for (String attr : List.of("key", "valuesKey")) {
                if (node.has(attr) && !variables.containsKey(node.get(attr).asText())) {
                    problems.add("form " + form + ": field '" + node.get(attr).asText() + "' is not a declared variable");
                }
            }
            // a date staff set in a form is an end of validity or a deadline: the picker offers no day already past
            // (the server refuses one too, with a Russian message — the picker spares the staff member the round trip)
            if ("datetime".equals(node.path("type").asText()) && !node.path("readonly").asBoolean()
                    && !node.path("disallowPassedDates").asBoolean()) {
                problems.add("form " + form + ": date field '" + node.path("key").asText() + "' offers days already past");
            }
            if (node.has("text")) {
                Matcher t = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}").matcher(node.get("text").asText());
                while (t.find()) {
                    if (!variables.containsKey(t.group(1))) problems.add("form " + form + ": text uses undeclared '" + t.group(1) + "'");
                }
            }
        }
        node.forEach(child -> formFields(child, form, problems));
    }
}
