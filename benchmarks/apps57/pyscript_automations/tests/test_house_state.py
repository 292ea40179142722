import datetime

import calendar_utils
import house_state
import token_budget
import weather


def test_condense_skips_unavailable_and_noise():
    states = {
        "binary_sensor.front_door": ("on", {"friendly_name": "Front door", "device_class": "door"}),
        "sensor.router_rssi": ("-60", {}),
        "sensor.house_power": ("850", {"unit_of_measurement": "W"}),
        "light.kitchen": ("unavailable", {}),
    }
    out = house_state.condense(states)
    assert out == {"Front door": "on", "house power": "850 W"}


def test_open_things():
    states = {
        "binary_sensor.front_door": ("on", {"friendly_name": "Front door", "device_class": "door"}),
        "binary_sensor.bedroom_window": ("off", {"friendly_name": "Bedroom window", "device_class": "window"}),
        "binary_sensor.kitchen_motion": ("on", {"device_class": "motion"}),
    }
    assert house_state.open_things(states) == ["Front door"]


def test_weather_describe_mentions_rain():
    text = weather.describe({"condition": "rainy", "low": 8, "high": 13, "precipitation": 70})
    assert "70% chance of rain" in text


import calendar_utils
import token_budget


def test_event_phrase_today():
    now = datetime.datetime(2024, 5, 6, 8, 0)
    attrs = {"message": "Dentist", "start_time": "2024-05-06 14:30:00", "all_day": False}
    assert calendar_utils.event_phrase(attrs, now=now) == "Dentist today at 14:30"


def test_event_phrase_other_day():
    now = datetime.datetime(2024, 5, 6, 8, 0)
    attrs = {"message": "Football", "start_time": "2024-05-09 18:00:00"}
    assert calendar_utils.event_phrase(attrs, now=now) == "Football on Thursday"


def test_bin_day():
    assert calendar_utils.bin_day(datetime.date(2024, 5, 6)) == "green bin"  # Monday -> Tuesday


def test_trim_to_budget():
    lines = ["x" * 40] * 10  # 10 tokens each
    assert len(token_budget.trim_to_budget(lines, budget=35)) == 3


def test_estimated_cost_is_small():
    assert token_budget.estimated_cost("gpt-4o-mini", "hello " * 100) < 0.001
