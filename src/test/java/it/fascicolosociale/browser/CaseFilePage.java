package it.fascicolosociale.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The people search, the person page and the social file of a case, as an operator reaches one from the other. */
final class CaseFilePage {

    private final Browser browser;

    CaseFilePage(Browser browser) {
        this.browser = browser;
    }

    /** Searches the people by name from the search page; the results are on the page that follows. */
    static CaseFilePage search(Browser browser, String name) {
        browser.go("/people");
        browser.find(By.id("q")).sendKeys(name);
        browser.clickAndWaitForNextPage(By.cssSelector("form[role=search] button[type=submit]"));
        return new CaseFilePage(browser);
    }

    CaseFilePage openPerson(String linkText) {
        browser.clickAndWaitForNextPage(By.partialLinkText(linkText));
        return this;
    }

    CaseFilePage openCase(long caseId) {
        browser.clickAndWaitForNextPage(By.cssSelector("a[href$='/cases/" + caseId + "']"));
        return this;
    }

    /** The entries of the timeline, oldest first, each as one line: what happened, its kind, when and by whom. */
    List<String> timeline() {
        return browser.driver().findElements(By.cssSelector("#timeline li.timeline-entry")).stream()
                .map(WebElement::getText).map(text -> text.replace('\n', ' ')).toList();
    }
}
