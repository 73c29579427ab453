"""Writes tests/holiday-reference/reference.json: each offered region's public holidays on weekdays and its
make-up working days, as the Python `holidays` package (an independent, maintained library) gives
them. The holiday data test holds content/holidays/ against this file.

Run with the version named in the file: `pip install holidays==0.105`, then
`python3 tests/holiday-reference/generate.py`.
"""

import json
import pathlib

import holidays

# Offered region -> (country, subdivision) in the package's terms.
REGIONS = {
    "CN": ("CN", None),
    "GB-EAW": ("GB", "ENG"),
    "GB-NIR": ("GB", "NIR"),
    "GB-SCT": ("GB", "SCT"),
    "JP": ("JP", None),
    "KR": ("KR", None),
    "PL": ("PL", None),
    "SG": ("SG", None),
    "TW": ("TW", None),
    "US": ("US", None),
}
YEARS = range(2024, 2030)

out = {"source": f"holidays {holidays.__version__} (PyPI)", "years": [YEARS[0], YEARS[-1]], "regions": {}}
for region, (country, subdiv) in REGIONS.items():
    data = holidays.country_holidays(country, subdiv=subdiv, years=YEARS)
    closed = {
        d.isoformat(): name for d, name in sorted(data.items()) if d.weekday() < 5 and d.year in YEARS
    }
    working = sorted(
        d.isoformat() for d in getattr(data, "weekend_workdays", set()) if d.year in YEARS
    )
    out["regions"][region] = {"closed": closed, "working": working}

path = pathlib.Path(__file__).with_name("reference.json")
path.write_text(json.dumps(out, indent="\t", ensure_ascii=False) + "\n", encoding="utf-8")
print(f"Wrote {path}")
