package org.parley.clean.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines that are not article text: bylines, photo credits, "Read more" links, share
 * prompts, copyright and legal footnotes. Judged line by line, on the trimmed line; short lines
 * only, so that a real paragraph that happens to mention a photographer stays in the body.
 */
public final class Boilerplate {
    private Boilerplate() {}

    private static final int SHORT = 90;

    private static final List<Pattern> SHORT_LINE_PATTERNS = List.of(
            Pattern.compile("^[•·▪●■◦‣∙*|]\\s*\\S.*"),                                // "• Carolyn Briggs", "• Reuters"
            Pattern.compile(".*(©|\\(c\\)\\s|copyright\\b|all rights reserved).*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(by|from|written by|reporting by|words by)\\s+\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}(\\s*(,|and|&|\\|).*)?$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(photo|image|picture|video|photograph|credit|source|file photo)s?\\s*(:|by\\b|credit\\b).*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\(?(reporting|editing|additional reporting|writing|compiled) by\\b.*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(read more|read also|also read|related|see also|more on this|recommended|watch|listen)\\b\\s*[:>»-].*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(read more|advertisement|share this article|share|tweet|email|print|comments?|subscribe( now)?|sign up.*|follow us.*|click here.*)$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(getty images|reuters|afp|ap photo|epa|sputnik|tass|ria novosti)(\\s*/.*)?$", Pattern.CASE_INSENSITIVE));

    /** A footnote such as "* Organisation X is banned in Russia": line-initial asterisk, legal wording. */
    private static final Pattern LEGAL_FOOTNOTE = Pattern.compile(
            "^\\*+\\s*.*\\b(banned|prohibited|recogni[sz]ed as|designated|terrorist|extremist|outlawed|foreign agent)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** True when the (untrimmed) line is boilerplate rather than article text. */
    public static boolean isBoilerplate(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        if (LEGAL_FOOTNOTE.matcher(t).matches()) return true;
        if (t.length() > SHORT) return false;
        for (Pattern p : SHORT_LINE_PATTERNS) if (p.matcher(t).matches()) return true;
        return false;
    }
}
