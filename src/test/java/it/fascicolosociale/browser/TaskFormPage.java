package it.fascicolosociale.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda Form drawn on the server (a task page, or the contact step of /intake/new), worked as an operator
 * works it: fields found by their form key, radios and checkboxes ticked by their label (Bootstrap Italia hides the
 * inputs themselves), and the htmx refresh that a conditioning choice triggers awaited before going on.
 */
final class TaskFormPage {

    private static final By FORM = By.id("camunda-form");
    /** Day, month, year as typed into a date field: the Italian order first, then the American one. */
    private static final List<String> DATE_ORDERS = List.of("%1$02d%2$02d%3$04d", "%2$02d%1$02d%3$04d");

    private final Browser browser;

    TaskFormPage(Browser browser) {
        this.browser = browser;
    }

    String heading() {
        return browser.find(By.tagName("h1")).getText();
    }

    TaskFormPage type(String name, String text) {
        WebElement field = field(name);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Types a date as a person does in Chromium's date field: day, month, year in the Italian order, or month, day,
     * year where the browser has only its en-US locale (Debian's chromium without chromium-l10n), whichever the
     * field takes; a date it takes in neither order fails here, not three steps later.
     */
    TaskFormPage date(String name, LocalDate date) {
        WebElement field = field(name);
        for (String order : DATE_ORDERS) {
            field.clear();
            field.sendKeys(String.format(order, date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
            if (date.toString().equals(field.getAttribute("value"))) {
                return this;
            }
        }
        throw new IllegalStateException("date field " + name + " holds '" + field.getAttribute("value") + "' after typing " + date);
    }

    /** Ticks the radio button or checkbox of that value, by clicking its label. */
    TaskFormPage choose(String name, String value) {
        WebElement input = browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        return refreshedAfter(input, () -> browser.click(browser.find(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))));
    }

    TaskFormPage select(String name, String value) {
        WebElement select = field(name);
        return refreshedAfter(select, () -> new Select(select).selectByValue(value));
    }

    /** The values of the options of a select, without the empty "choose" option. */
    List<String> optionValues(String name) {
        return new Select(field(name)).getOptions().stream().map(option -> option.getAttribute("value"))
                .filter(value -> !value.isEmpty()).toList();
    }

    String value(String name) {
        return field(name).getAttribute("value");
    }

    boolean checked(String name, String value) {
        return browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).isSelected();
    }

    /** Sends the form; the next page is the task list when it was accepted, this form with its errors when not. */
    TaskFormPage submit() {
        browser.clickAndWaitForNextPage(By.cssSelector("#camunda-form > button[type=submit]"));
        return this;
    }

    TaskListPage complete() {
        submit();
        return new TaskListPage(browser);
    }

    /** The messages of the error summary at the top of the form. */
    List<String> errorSummary() {
        return browser.find(By.id("error-summary")).findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
    }

    /**
     * The error shown by a field, read through aria-describedby as assistive technology reads it (on the input, or
     * on the fieldset of a group of radio buttons); the field must also be marked aria-invalid.
     */
    String fieldError(String name) {
        WebElement input = field(name);
        if (!"true".equals(input.getAttribute("aria-invalid"))) {
            throw new AssertionError("field " + name + " is not marked aria-invalid");
        }
        WebElement described = input.getAttribute("aria-describedby") != null ? input : input.findElement(By.xpath("ancestor::fieldset[1]"));
        String errorId = List.of(described.getAttribute("aria-describedby").split(" ")).stream()
                .filter(id -> id.endsWith("-error")).findFirst().orElseThrow(() -> new AssertionError(name + " describes no error"));
        return browser.find(By.id(errorId)).getText();
    }

    /** Whether the error summary has the focus, as js/app.js gives it on load. */
    boolean summaryFocused() {
        return "error-summary".equals(browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    private WebElement field(String name) {
        return browser.find(By.cssSelector("#camunda-form [name='" + name + "']:not([type=hidden])"));
    }

    /** Runs the change; when the field conditions others, waits until htmx has swapped the form for its refresh. */
    private TaskFormPage refreshedAfter(WebElement field, Runnable change) {
        boolean conditioning = field.getAttribute("hx-post") != null;
        WebElement form = browser.find(FORM);
        change.run();
        if (conditioning) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(form));
            browser.find(FORM);
        }
        return this;
    }
}
