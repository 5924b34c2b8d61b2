"""The offline map: points where the GeoJSON says, the area's outline, a scale bar, nothing from the network."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from qraudit.service.svgmap import render_map

SVG = "{http://www.w3.org/2000/svg}"


def point(lon: float, lat: float, verdict: str, case: str) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {"verdict": verdict, "case_ids": [case], "taken_at": None},
    }


def test_points_are_placed_by_their_coordinates_inside_an_outline_with_a_scale():
    collection = {
        "features": [
            point(121.47, 31.23, "violation", "a"),
            point(121.49, 31.23, "compliant", "b"),
            point(121.48, 31.25, "inconclusive", "c"),
        ]
    }
    svg = render_map(collection, lambda p: f"/organiser/cases/{p['case_ids'][0]}")
    root = ET.fromstring(svg)
    circles = {c.find(f"{SVG}title").text.split(" · ")[1]: c for c in root.iter(f"{SVG}circle")}
    x = {k: float(c.get("cx")) for k, c in circles.items()}
    y = {k: float(c.get("cy")) for k, c in circles.items()}
    assert x["a"] < x["c"] < x["b"] and y["c"] < y["a"] == y["b"]  # east is right, north is up
    assert circles["a"].get("fill") == "#c62828" and circles["b"].get("fill") == "#2e7d32"
    assert [a.get("href") for a in root.iter(f"{SVG}a")] == [
        "/organiser/cases/a",
        "/organiser/cases/b",
        "/organiser/cases/c",
    ]
    [area] = root.iter(f"{SVG}polygon")
    assert len(area.get("points").split()) == 3
    assert re.search(r">\d+ (m|km)<", svg)
    assert "<image" not in svg and 'href="http' not in svg


def test_an_empty_campaign_still_draws_a_frame():
    root = ET.fromstring(render_map({"features": []}, lambda p: ""))
    assert list(root.iter(f"{SVG}circle")) == [] and list(root.iter(f"{SVG}rect"))
