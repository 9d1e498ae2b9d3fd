package it.fascicolosociale.platform;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Generated inputs for the property tests, drawn from a fixed seed so that a failure replays: texts made of chosen
 * pieces, of an alphabet or of a range of characters. {@link #check} runs a property over many draws and names the
 * try, the seed and the input (with its control characters spelt out) when one fails.
 */
public final class SeededTexts {

    private final Random random;

    public SeededTexts(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of the draws, chosen with probability proportional to its weight. */
    public String weighted(Weighted... draws) {
        int total = 0;
        for (Weighted draw : draws) {
            total += draw.weight();
        }
        int at = random.nextInt(total);
        for (Weighted draw : draws) {
            at -= draw.weight();
            if (at < 0) {
                return draw.text().get();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /** A draw and its weight, for {@link #weighted}. */
    public record Weighted(int weight, Supplier<String> text) {
    }

    /** Up to {@code maxLength} characters of the alphabet. */
    public String of(String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(maxLength + 1); length > 0; length--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Up to {@code maxLength} characters from {@code first} to {@code last} (a range without surrogates). */
    public String ofRange(char first, char last, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(maxLength + 1); length > 0; length--) {
            text.append((char) (first + random.nextInt(last - first + 1)));
        }
        return text.toString();
    }

    /** From {@code min} to {@code max} pieces, joined. */
    public String joined(int min, int max, Supplier<String> piece) {
        StringBuilder text = new StringBuilder();
        for (int count = between(min, max); count > 0; count--) {
            text.append(piece.get());
        }
        return text.toString();
    }

    /** Checks the property on {@code tries} inputs drawn by {@code draw}; a failure names the try, seed and input. */
    public static <T> void check(long seed, int tries, java.util.function.Function<SeededTexts, T> draw, Consumer<T> property) {
        SeededTexts texts = new SeededTexts(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T input = draw.apply(texts);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException failed) {
                throw new AssertionError("Property failed at try " + attempt + " of " + tries + " (seed " + seed + ") for "
                        + spelt(String.valueOf(input)), failed);
            }
        }
    }

    /** The text with every control or invisible character written as its code, so that a report shows it. */
    public static String spelt(String text) {
        StringBuilder spelt = new StringBuilder();
        text.codePoints().forEach(ch -> {
            if (Character.isISOControl(ch) || Character.getType(ch) == Character.FORMAT || ch == '\u2028' || ch == '\u2029') {
                spelt.append(String.format("\\u%04x", ch));
            } else {
                spelt.appendCodePoint(ch);
            }
        });
        return spelt.toString();
    }
}
