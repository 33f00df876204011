"""The country a person's crisis resources are for: the one they chose, else their time zone's.

`crisis-resources` has a variant per country code (`[FR]`, `[DE]`, …). A person who skipped the
country question but gave a time zone ("Europe/Paris") gets their zone's country — the IANA
database says which country each zone is in (`zone.tab`, shipped by the `tzdata` package, with the
old names `tzdata.zi` links to the new ones). Without either, `other`: the international list.
"""

from __future__ import annotations

import functools
import importlib.resources
import logging

log = logging.getLogger(__name__)

OTHER = "other"
# What the country flow stores when the person skipped it ("ZZ", the ISO code for "unknown") or
# chose a country it does not list: not a choice of resources, so the time zone may still tell.
UNCHOSEN = frozenset({"ZZ", "OTHER", ""})


def parse_zone_tab(text: str) -> dict[str, str]:
    """`zone.tab`: zone name → ISO 3166 country code (tab-separated; `#` starts a comment)."""
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3 and len(parts[0]) == 2:
            table[parts[2].strip()] = parts[0].upper()
    return table


def parse_links(text: str) -> dict[str, str]:
    """`tzdata.zi`'s link lines (`L Asia/Kolkata Asia/Calcutta`): old name → current name."""
    links: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("L "):
            parts = line.split()
            if len(parts) == 3:
                links[parts[2]] = parts[1]
    return links


def _read(name: str) -> str:
    try:
        return importlib.resources.files("tzdata").joinpath(f"zoneinfo/{name}").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError, UnicodeDecodeError):
        log.warning("the time zone database's %s could not be read: countries are not taken from time zones", name)
        return ""


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    return parse_zone_tab(_read("zone.tab")), parse_links(_read("tzdata.zi"))


def country_of_zone(zone: str | None, tables: tuple[dict[str, str], dict[str, str]] | None = None) -> str | None:
    """The ISO country code of an IANA zone ("Europe/Berlin" → "DE"), or None (UTC, unknown)."""
    if not zone:
        return None
    countries, links = tables if tables is not None else _tables()
    seen = 0
    while zone not in countries and zone in links and seen < 5:  # an old name → its current one
        zone = links[zone]
        seen += 1
    return countries.get(zone)


def resource_country(country: str | None, timezone: str | None) -> str:
    """Whose crisis resources to show: the chosen country, else the time zone's, else `other`."""
    chosen = (country or "").upper()
    found = chosen if chosen not in UNCHOSEN else country_of_zone(timezone)
    return found.upper() if found else OTHER


__all__ = ["OTHER", "UNCHOSEN", "country_of_zone", "parse_links", "parse_zone_tab", "resource_country"]
