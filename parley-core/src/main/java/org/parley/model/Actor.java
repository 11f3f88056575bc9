package org.parley.model;

/**
 * An actor code in PLOVER/CAMEO style: a country (ISO 3166 alpha-3, or an IGO identifier such as
 * "NATO" with country "IGO") and a sector (GOV, LEG, MIL, COP, JUD, REB, PTY, OPP, BUS, MED, ...).
 * Either part may be null when unknown.
 */
public record Actor(String country, String sector) {
    public static Actor of(String country, String sector) { return new Actor(country, sector); }

    public boolean isEmpty() { return country == null && sector == null; }

    @Override public String toString() {
        return (country == null ? "---" : country) + (sector == null ? "" : "/" + sector);
    }
}
