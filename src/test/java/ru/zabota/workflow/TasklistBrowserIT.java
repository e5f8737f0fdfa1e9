package ru.zabota.workflow;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.zabota.support.BrowserTestBase;

/** Staff work in Camunda Tasklist: its own login form, then the shared task filters. */
class TasklistBrowserIT extends BrowserTestBase {

    @Test
    void specialistLogsIntoTasklistAndSeesTheFilters() throws Exception {
        open("/camunda/app/tasklist/");
        visible(By.cssSelector("form[name=signinForm] input[type=text]")).sendKeys("specialist");
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();

        waitForText("Мои задачи");
        waitForText("Задачи моих групп");
        waitForText("Сочетания клавиш"); // the Russian locale of Tasklist is served
        screenshot("tasklist-specialist");
    }
}
