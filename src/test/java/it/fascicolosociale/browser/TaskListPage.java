package it.fascicolosociale.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The task list (home page) as an operator works it: the tabs of its sections, a row found by the task's name and
 * the person's name, and what a row offers (open the task, take it with a reason).
 */
final class TaskListPage {

    static final String MINE = "Le mie attività";
    static final String GROUPS = "Attività dei miei gruppi";

    private final Browser browser;

    TaskListPage(Browser browser) {
        this.browser = browser;
    }

    static TaskListPage open(Browser browser) {
        browser.go("/");
        return new TaskListPage(browser);
    }

    TaskListPage section(String tab) {
        browser.clickAndWaitForNextPage(By.xpath("//ul[contains(@class,'worklist-tabs')]//a[contains(normalize-space(.), '" + tab + "')]"));
        return this;
    }

    /** The message over the list that says what the last action did. */
    String notice() {
        return browser.find(By.cssSelector("#contenuto .alert-success")).getText();
    }

    TaskFormPage openTask(String taskName, String person) {
        browser.clickAndWaitForNextPage(inRow(taskName, person, "th/a"));
        return new TaskFormPage(browser);
    }

    /** Takes a task offered to the operator's groups, giving the reason the list asks for; its page comes next. */
    TaskFormPage claim(String taskName, String person, String reason) {
        browser.clickAndWaitForNextPage(inRow(taskName, person, "td/a[normalize-space(.)='Assegna a me']"));
        browser.find(By.id("reason")).sendKeys(reason);
        browser.clickAndWaitForNextPage(By.cssSelector("#contenuto form button[type=submit]"));
        return new TaskFormPage(browser);
    }

    /** The id of the case of a row, from its link to the social file. */
    long caseOf(String taskName, String person) {
        WebElement link = browser.find(inRow(taskName, person, "td/a[contains(@href,'/cases/')]"));
        String href = link.getAttribute("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    private static By inRow(String taskName, String person, String what) {
        return By.xpath("//table[contains(@class,'worklist')]//tr[th[contains(normalize-space(.), \"" + taskName + "\")]"
                + " and td[contains(normalize-space(.), \"" + person + "\")]]/" + what);
    }
}
