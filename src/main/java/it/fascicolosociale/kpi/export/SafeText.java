package it.fascicolosociale.kpi.export;

/**
 * Text for a spreadsheet cell that a spreadsheet will never run: a value starting with {@code = + - @} or a
 * control character (tab, carriage return...) is what Excel and LibreOffice read as a formula (CSV injection,
 * OWASP), so it gets a leading apostrophe, which they show as text. The same holds when blanks or control
 * characters come before the sign, since a spreadsheet, or the user cleaning the cell, may trim them; and for the
 * full-width signs, which some input methods type and some spreadsheets take for the ASCII ones. Names of units,
 * services or activities are typed by administrators and designers, so every text cell goes through here.
 */
public final class SafeText {

    private static final String FORMULA_SIGNS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private SafeText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    private static boolean startsLikeAFormula(String text) {
        if (Character.isISOControl(text.charAt(0))) {
            return true;
        }
        int first = 0;
        while (first < text.length() && trimmable(text.charAt(first))) {
            first++;
        }
        return first < text.length() && FORMULA_SIGNS.indexOf(text.charAt(first)) >= 0;
    }

    private static boolean trimmable(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.isISOControl(ch);
    }
}
