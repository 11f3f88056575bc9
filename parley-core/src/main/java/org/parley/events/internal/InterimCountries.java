package org.parley.events.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.parley.model.Actor;

/** TEMPORARY stand-in for the knowledge base while it is being built: country names from the JDK. */
final class InterimCountries {
    private static final Map<String, String> NAMES = new HashMap<>();
    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            try {
                NAMES.put(l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), l.getISO3Country());
            } catch (MissingResourceException ignored) { }
        }
        String[] extra = {"russian:RUS", "french:FRA", "american:USA", "u.s.:USA", "us:USA", "united states:USA", "america:USA",
            "washington:USA", "moscow:RUS", "kremlin:RUS", "paris:FRA", "elysee:FRA", "britain:GBR", "british:GBR",
            "great britain:GBR", "london:GBR", "german:DEU", "berlin:DEU", "chinese:CHN", "beijing:CHN", "syrian:SYR",
            "damascus:SYR", "iranian:IRN", "tehran:IRN", "israeli:ISR", "palestinian:PSE", "iraqi:IRQ", "baghdad:IRQ",
            "turkish:TUR", "ankara:TUR", "ukrainian:UKR", "kiev:UKR", "kyiv:UKR", "japanese:JPN", "tokyo:JPN",
            "indian:IND", "pakistani:PAK", "afghan:AFG", "egyptian:EGY", "saudi:SAU", "lebanese:LBN", "libyan:LBY",
            "serbian:SRB", "italian:ITA", "spanish:ESP", "polish:POL", "greek:GRC", "korean:KOR", "north korea:PRK",
            "north korean:PRK", "pyongyang:PRK", "south korea:KOR", "sudanese:SDN", "nigerian:NGA", "kenyan:KEN",
            "ugandan:UGA", "algerian:DZA", "moroccan:MAR", "israel:ISR", "gaza:PSE", "west bank:PSE", "hungarian:HUN",
            "romanian:ROU", "cuban:CUB", "mexican:MEX", "canadian:CAN", "australian:AUS", "brazilian:BRA", "dutch:NLD",
            "swiss:CHE", "swedish:SWE", "jordanian:JOR", "yemeni:YEM", "qatari:QAT", "venezuelan:VEN", "colombian:COL"};
        for (String e : extra) { String[] kv = e.split(":"); NAMES.put(kv[0], kv[1]); }
    }

    private InterimCountries() {}

    static Optional<Actor> code(String phrase, String ner) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceAll("'s$", "").trim();
        String c = NAMES.get(p);
        if (c == null) {
            for (String w : p.split("[\\s-]+")) { c = NAMES.get(w); if (c != null) break; }
        }
        if (c == null && p.contains(" ")) {
            String[] w = p.split("\\s+");
            c = NAMES.get(w[0] + " " + w[1]);
        }
        return c == null ? Optional.empty() : Optional.of(new Actor(c, null));
    }
}
