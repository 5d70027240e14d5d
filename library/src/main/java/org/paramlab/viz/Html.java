package org.paramlab.viz;

import java.util.Objects;

/**
 * A piece of HTML with its plain-text equivalent, for outputs that read better as markup (progress
 * bars, summaries). The kernel shows {@code html} as {@code text/html} and {@code text} as the
 * {@code text/plain} fallback. Build the HTML with {@link #escape(String)} around any text that
 * comes from data.
 *
 * @param html the markup; inline styles only, no scripts
 * @param text what a text-only front end shows
 */
public record Html(String html, String text) {
    /** Rejects nulls. */
    public Html {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    /** Escapes {@code &}, {@code <}, {@code >} and quotes for use in HTML text and attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
