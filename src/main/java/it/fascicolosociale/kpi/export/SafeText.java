package it.fascicolosociale.kpi.export;

/**
 * Text for a spreadsheet cell that a spreadsheet will never run: a value starting with {@code = + - @} or a
 * control character (tab, carriage return...) is what Excel and LibreOffice read as a formula (CSV injection,
 * OWASP), so it gets a leading apostrophe, which they show as text. Names of units, services or activities are
 * typed by administrators and designers, so every text cell goes through here.
 */
public final class SafeText {

    private SafeText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || Character.isISOControl(first);
        return risky ? "'" + text : text;
    }
}
