"""Weather helpers: reads the HA weather entity, falls back to Open-Meteo."""
import requests

OPEN_METEO = "https://api.open-meteo.com/v1/forecast"


def forecast_from_attributes(attrs):
    forecast = attrs.get("forecast") or []
    if not forecast:
        return None
    today = forecast[0]
    return {
        "condition": today.get("condition"),
        "high": today.get("temperature"),
        "low": today.get("templow"),
        "precipitation": today.get("precipitation_probability", 0),
    }


def open_meteo_today(lat, lon):
    resp = requests.get(
        OPEN_METEO,
        params={"latitude": lat, "longitude": lon, "daily": "temperature_2m_max,temperature_2m_min,"
                "precipitation_probability_max,weathercode", "timezone": "auto", "forecast_days": 1},
        timeout=10,
    )
    resp.raise_for_status()
    daily = resp.json()["daily"]
    return {
        "condition": f"code {daily['weathercode'][0]}",
        "high": daily["temperature_2m_max"][0],
        "low": daily["temperature_2m_min"][0],
        "precipitation": daily["precipitation_probability_max"][0],
    }


def describe(w):
    if not w:
        return "unknown"
    text = f"{w['condition']}, {w['low']} to {w['high']} degrees"
    if w.get("precipitation", 0) >= 40:
        text += f", {w['precipitation']}% chance of rain"
    return text


def clothing_advice(w):
    """Rule-based advice used when the LLM is unavailable, and as a hint in the prompt."""
    if not w:
        return ""
    advice = []
    high = w.get("high")
    if high is not None:
        if high < 5:
            advice.append("a warm coat and gloves")
        elif high < 14:
            advice.append("a jacket")
        elif high > 26:
            advice.append("sunscreen")
    if w.get("precipitation", 0) >= 50:
        advice.append("an umbrella")
    if not advice:
        return ""
    if len(advice) == 1:
        return f"Take {advice[0]}."
    return "Take " + ", ".join(advice[:-1]) + f" and {advice[-1]}."
